<?php
// Module 25 of the benchmark app: a few functions of the kind a framework has.

function mod25_slug(string $s): string
{
    return strtolower(trim(preg_replace('/[^A-Za-z0-9]+/', '-', $s), '-'));
}

function mod25_route(array $parts): string
{
    $out = [];
    foreach ($parts as $k => $v) {
        $out[] = is_int($k) ? mod25_slug((string) $v) : $k . '=' . str_replace(' ', '%20', (string) $v);
    }
    return '/' . implode('/', $out);
}

function mod25_config(): array
{
    return [
        'name' => 'module 25',
        'enabled' => 25 % 3 !== 0,
        'weight' => 25 * 1.5,
        'tags' => ['core', 'mod25', 'v' . 25 % 7],
        'limits' => ['min' => 25, 'max' => 25 * 10],
    ];
}

function mod25_render(array $data): string
{
    $html = '<ul class="mod25">';
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

function mod25_checksum(string $s): int
{
    $h = 25;
    $n = strlen($s);
    for ($j = 0; $j < $n; $j += 7) {
        $h = ($h * 31 + ord($s[$j])) % 1000003;
    }
    return $h;
}
