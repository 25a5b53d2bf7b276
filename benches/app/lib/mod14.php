<?php
// Module 14 of the benchmark app: a few functions of the kind a framework has.

function mod14_slug(string $s): string
{
    return strtolower(trim(preg_replace('/[^A-Za-z0-9]+/', '-', $s), '-'));
}

function mod14_route(array $parts): string
{
    $out = [];
    foreach ($parts as $k => $v) {
        $out[] = is_int($k) ? mod14_slug((string) $v) : $k . '=' . str_replace(' ', '%20', (string) $v);
    }
    return '/' . implode('/', $out);
}

function mod14_config(): array
{
    return [
        'name' => 'module 14',
        'enabled' => 14 % 3 !== 0,
        'weight' => 14 * 1.5,
        'tags' => ['core', 'mod14', 'v' . 14 % 7],
        'limits' => ['min' => 14, 'max' => 14 * 10],
    ];
}

function mod14_render(array $data): string
{
    $html = '<ul class="mod14">';
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

function mod14_checksum(string $s): int
{
    $h = 14;
    $n = strlen($s);
    for ($j = 0; $j < $n; $j += 7) {
        $h = ($h * 31 + ord($s[$j])) % 1000003;
    }
    return $h;
}
