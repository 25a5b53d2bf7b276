<?php
// Module 04 of the benchmark app: a few functions of the kind a framework has.

function mod04_slug(string $s): string
{
    return strtolower(trim(preg_replace('/[^A-Za-z0-9]+/', '-', $s), '-'));
}

function mod04_route(array $parts): string
{
    $out = [];
    foreach ($parts as $k => $v) {
        $out[] = is_int($k) ? mod04_slug((string) $v) : $k . '=' . str_replace(' ', '%20', (string) $v);
    }
    return '/' . implode('/', $out);
}

function mod04_config(): array
{
    return [
        'name' => 'module 04',
        'enabled' => 4 % 3 !== 0,
        'weight' => 4 * 1.5,
        'tags' => ['core', 'mod04', 'v' . 4 % 7],
        'limits' => ['min' => 4, 'max' => 4 * 10],
    ];
}

function mod04_render(array $data): string
{
    $html = '<ul class="mod04">';
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

function mod04_checksum(string $s): int
{
    $h = 4;
    $n = strlen($s);
    for ($j = 0; $j < $n; $j += 7) {
        $h = ($h * 31 + ord($s[$j])) % 1000003;
    }
    return $h;
}
