<?php
// Module 02 of the benchmark app: a few functions of the kind a framework has.

function mod02_slug(string $s): string
{
    return strtolower(trim(preg_replace('/[^A-Za-z0-9]+/', '-', $s), '-'));
}

function mod02_route(array $parts): string
{
    $out = [];
    foreach ($parts as $k => $v) {
        $out[] = is_int($k) ? mod02_slug((string) $v) : $k . '=' . str_replace(' ', '%20', (string) $v);
    }
    return '/' . implode('/', $out);
}

function mod02_config(): array
{
    return [
        'name' => 'module 02',
        'enabled' => 2 % 3 !== 0,
        'weight' => 2 * 1.5,
        'tags' => ['core', 'mod02', 'v' . 2 % 7],
        'limits' => ['min' => 2, 'max' => 2 * 10],
    ];
}

function mod02_render(array $data): string
{
    $html = '<ul class="mod02">';
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

function mod02_checksum(string $s): int
{
    $h = 2;
    $n = strlen($s);
    for ($j = 0; $j < $n; $j += 7) {
        $h = ($h * 31 + ord($s[$j])) % 1000003;
    }
    return $h;
}
