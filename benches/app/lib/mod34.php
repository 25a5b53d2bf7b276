<?php
// Module 34 of the benchmark app: a few functions of the kind a framework has.

function mod34_slug(string $s): string
{
    return strtolower(trim(preg_replace('/[^A-Za-z0-9]+/', '-', $s), '-'));
}

function mod34_route(array $parts): string
{
    $out = [];
    foreach ($parts as $k => $v) {
        $out[] = is_int($k) ? mod34_slug((string) $v) : $k . '=' . str_replace(' ', '%20', (string) $v);
    }
    return '/' . implode('/', $out);
}

function mod34_config(): array
{
    return [
        'name' => 'module 34',
        'enabled' => 34 % 3 !== 0,
        'weight' => 34 * 1.5,
        'tags' => ['core', 'mod34', 'v' . 34 % 7],
        'limits' => ['min' => 34, 'max' => 34 * 10],
    ];
}

function mod34_render(array $data): string
{
    $html = '<ul class="mod34">';
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

function mod34_checksum(string $s): int
{
    $h = 34;
    $n = strlen($s);
    for ($j = 0; $j < $n; $j += 7) {
        $h = ($h * 31 + ord($s[$j])) % 1000003;
    }
    return $h;
}
