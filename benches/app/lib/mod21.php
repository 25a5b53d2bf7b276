<?php
// Module 21 of the benchmark app: a few functions of the kind a framework has.

function mod21_slug(string $s): string
{
    return strtolower(trim(preg_replace('/[^A-Za-z0-9]+/', '-', $s), '-'));
}

function mod21_route(array $parts): string
{
    $out = [];
    foreach ($parts as $k => $v) {
        $out[] = is_int($k) ? mod21_slug((string) $v) : $k . '=' . str_replace(' ', '%20', (string) $v);
    }
    return '/' . implode('/', $out);
}

function mod21_config(): array
{
    return [
        'name' => 'module 21',
        'enabled' => 21 % 3 !== 0,
        'weight' => 21 * 1.5,
        'tags' => ['core', 'mod21', 'v' . 21 % 7],
        'limits' => ['min' => 21, 'max' => 21 * 10],
    ];
}

function mod21_render(array $data): string
{
    $html = '<ul class="mod21">';
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

function mod21_checksum(string $s): int
{
    $h = 21;
    $n = strlen($s);
    for ($j = 0; $j < $n; $j += 7) {
        $h = ($h * 31 + ord($s[$j])) % 1000003;
    }
    return $h;
}
