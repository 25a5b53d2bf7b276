<?php
// Module 09 of the benchmark app: a few functions of the kind a framework has.

function mod09_slug(string $s): string
{
    return strtolower(trim(preg_replace('/[^A-Za-z0-9]+/', '-', $s), '-'));
}

function mod09_route(array $parts): string
{
    $out = [];
    foreach ($parts as $k => $v) {
        $out[] = is_int($k) ? mod09_slug((string) $v) : $k . '=' . str_replace(' ', '%20', (string) $v);
    }
    return '/' . implode('/', $out);
}

function mod09_config(): array
{
    return [
        'name' => 'module 09',
        'enabled' => 9 % 3 !== 0,
        'weight' => 9 * 1.5,
        'tags' => ['core', 'mod09', 'v' . 9 % 7],
        'limits' => ['min' => 9, 'max' => 9 * 10],
    ];
}

function mod09_render(array $data): string
{
    $html = '<ul class="mod09">';
    foreach ($data as $key => $value) {
        if (is_array($value)) {
            $value = json_encode($value);
        } elseif (is_bool($value)) {
            $value = $value ? 'yes' : 'no';
        }
        $html .= sprintf('<li data-key="%s">%s</li>', htmlspecialchars((string) $key), htmlspecialchars((string) $value));
    }
    return $html . '</ul>';
}

function mod09_checksum(string $s): int
{
    $h = 9;
    $n = strlen($s);
    for ($j = 0; $j < $n; $j += 7) {
        $h = ($h * 31 + ord($s[$j])) % 1000003;
    }
    return $h;
}
