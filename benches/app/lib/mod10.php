<?php
// Module 10 of the benchmark app: a few functions of the kind a framework has.

function mod10_slug(string $s): string
{
    return strtolower(trim(preg_replace('/[^A-Za-z0-9]+/', '-', $s), '-'));
}

function mod10_route(array $parts): string
{
    $out = [];
    foreach ($parts as $k => $v) {
        $out[] = is_int($k) ? mod10_slug((string) $v) : $k . '=' . str_replace(' ', '%20', (string) $v);
    }
    return '/' . implode('/', $out);
}

function mod10_config(): array
{
    return [
        'name' => 'module 10',
        'enabled' => 10 % 3 !== 0,
        'weight' => 10 * 1.5,
        'tags' => ['core', 'mod10', 'v' . 10 % 7],
        'limits' => ['min' => 10, 'max' => 10 * 10],
    ];
}

function mod10_render(array $data): string
{
    $html = '<ul class="mod10">';
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

function mod10_checksum(string $s): int
{
    $h = 10;
    $n = strlen($s);
    for ($j = 0; $j < $n; $j += 7) {
        $h = ($h * 31 + ord($s[$j])) % 1000003;
    }
    return $h;
}
