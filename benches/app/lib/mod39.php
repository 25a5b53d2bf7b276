<?php
// Module 39 of the benchmark app: a few functions of the kind a framework has.

function mod39_slug(string $s): string
{
    return strtolower(trim(preg_replace('/[^A-Za-z0-9]+/', '-', $s), '-'));
}

function mod39_route(array $parts): string
{
    $out = [];
    foreach ($parts as $k => $v) {
        $out[] = is_int($k) ? mod39_slug((string) $v) : $k . '=' . str_replace(' ', '%20', (string) $v);
    }
    return '/' . implode('/', $out);
}

function mod39_config(): array
{
    return [
        'name' => 'module 39',
        'enabled' => 39 % 3 !== 0,
        'weight' => 39 * 1.5,
        'tags' => ['core', 'mod39', 'v' . 39 % 7],
        'limits' => ['min' => 39, 'max' => 39 * 10],
    ];
}

function mod39_render(array $data): string
{
    $html = '<ul class="mod39">';
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

function mod39_checksum(string $s): int
{
    $h = 39;
    $n = strlen($s);
    for ($j = 0; $j < $n; $j += 7) {
        $h = ($h * 31 + ord($s[$j])) % 1000003;
    }
    return $h;
}
