<?php
// Module 12 of the benchmark app: a few functions of the kind a framework has.

function mod12_slug(string $s): string
{
    return strtolower(trim(preg_replace('/[^A-Za-z0-9]+/', '-', $s), '-'));
}

function mod12_route(array $parts): string
{
    $out = [];
    foreach ($parts as $k => $v) {
        $out[] = is_int($k) ? mod12_slug((string) $v) : $k . '=' . str_replace(' ', '%20', (string) $v);
    }
    return '/' . implode('/', $out);
}

function mod12_config(): array
{
    return [
        'name' => 'module 12',
        'enabled' => 12 % 3 !== 0,
        'weight' => 12 * 1.5,
        'tags' => ['core', 'mod12', 'v' . 12 % 7],
        'limits' => ['min' => 12, 'max' => 12 * 10],
    ];
}

function mod12_render(array $data): string
{
    $html = '<ul class="mod12">';
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

function mod12_checksum(string $s): int
{
    $h = 12;
    $n = strlen($s);
    for ($j = 0; $j < $n; $j += 7) {
        $h = ($h * 31 + ord($s[$j])) % 1000003;
    }
    return $h;
}
