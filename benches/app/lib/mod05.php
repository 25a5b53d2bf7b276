<?php
// Module 05 of the benchmark app: a few functions of the kind a framework has.

function mod05_slug(string $s): string
{
    return strtolower(trim(preg_replace('/[^A-Za-z0-9]+/', '-', $s), '-'));
}

function mod05_route(array $parts): string
{
    $out = [];
    foreach ($parts as $k => $v) {
        $out[] = is_int($k) ? mod05_slug((string) $v) : $k . '=' . str_replace(' ', '%20', (string) $v);
    }
    return '/' . implode('/', $out);
}

function mod05_config(): array
{
    return [
        'name' => 'module 05',
        'enabled' => 5 % 3 !== 0,
        'weight' => 5 * 1.5,
        'tags' => ['core', 'mod05', 'v' . 5 % 7],
        'limits' => ['min' => 5, 'max' => 5 * 10],
    ];
}

function mod05_render(array $data): string
{
    $html = '<ul class="mod05">';
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

function mod05_checksum(string $s): int
{
    $h = 5;
    $n = strlen($s);
    for ($j = 0; $j < $n; $j += 7) {
        $h = ($h * 31 + ord($s[$j])) % 1000003;
    }
    return $h;
}
