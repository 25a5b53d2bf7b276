<?php
// Module 01 of the benchmark app: a few functions of the kind a framework has.

function mod01_slug(string $s): string
{
    return strtolower(trim(preg_replace('/[^A-Za-z0-9]+/', '-', $s), '-'));
}

function mod01_route(array $parts): string
{
    $out = [];
    foreach ($parts as $k => $v) {
        $out[] = is_int($k) ? mod01_slug((string) $v) : $k . '=' . str_replace(' ', '%20', (string) $v);
    }
    return '/' . implode('/', $out);
}

function mod01_config(): array
{
    return [
        'name' => 'module 01',
        'enabled' => 1 % 3 !== 0,
        'weight' => 1 * 1.5,
        'tags' => ['core', 'mod01', 'v' . 1 % 7],
        'limits' => ['min' => 1, 'max' => 1 * 10],
    ];
}

function mod01_render(array $data): string
{
    $html = '<ul class="mod01">';
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

function mod01_checksum(string $s): int
{
    $h = 1;
    $n = strlen($s);
    for ($j = 0; $j < $n; $j += 7) {
        $h = ($h * 31 + ord($s[$j])) % 1000003;
    }
    return $h;
}
