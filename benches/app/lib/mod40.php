<?php
// Module 40 of the benchmark app: a few functions of the kind a framework has.

function mod40_slug(string $s): string
{
    return strtolower(trim(preg_replace('/[^A-Za-z0-9]+/', '-', $s), '-'));
}

function mod40_route(array $parts): string
{
    $out = [];
    foreach ($parts as $k => $v) {
        $out[] = is_int($k) ? mod40_slug((string) $v) : $k . '=' . str_replace(' ', '%20', (string) $v);
    }
    return '/' . implode('/', $out);
}

function mod40_config(): array
{
    return [
        'name' => 'module 40',
        'enabled' => 40 % 3 !== 0,
        'weight' => 40 * 1.5,
        'tags' => ['core', 'mod40', 'v' . 40 % 7],
        'limits' => ['min' => 40, 'max' => 40 * 10],
    ];
}

function mod40_render(array $data): string
{
    $html = '<ul class="mod40">';
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

function mod40_checksum(string $s): int
{
    $h = 40;
    $n = strlen($s);
    for ($j = 0; $j < $n; $j += 7) {
        $h = ($h * 31 + ord($s[$j])) % 1000003;
    }
    return $h;
}
