<?php
// Module 15 of the benchmark app: a few functions of the kind a framework has.

function mod15_slug(string $s): string
{
    return strtolower(trim(preg_replace('/[^A-Za-z0-9]+/', '-', $s), '-'));
}

function mod15_route(array $parts): string
{
    $out = [];
    foreach ($parts as $k => $v) {
        $out[] = is_int($k) ? mod15_slug((string) $v) : $k . '=' . str_replace(' ', '%20', (string) $v);
    }
    return '/' . implode('/', $out);
}

function mod15_config(): array
{
    return [
        'name' => 'module 15',
        'enabled' => 15 % 3 !== 0,
        'weight' => 15 * 1.5,
        'tags' => ['core', 'mod15', 'v' . 15 % 7],
        'limits' => ['min' => 15, 'max' => 15 * 10],
    ];
}

function mod15_render(array $data): string
{
    $html = '<ul class="mod15">';
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

function mod15_checksum(string $s): int
{
    $h = 15;
    $n = strlen($s);
    for ($j = 0; $j < $n; $j += 7) {
        $h = ($h * 31 + ord($s[$j])) % 1000003;
    }
    return $h;
}
