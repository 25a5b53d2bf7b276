<?php
// Module 07 of the benchmark app: a few functions of the kind a framework has.

function mod07_slug(string $s): string
{
    return strtolower(trim(preg_replace('/[^A-Za-z0-9]+/', '-', $s), '-'));
}

function mod07_route(array $parts): string
{
    $out = [];
    foreach ($parts as $k => $v) {
        $out[] = is_int($k) ? mod07_slug((string) $v) : $k . '=' . str_replace(' ', '%20', (string) $v);
    }
    return '/' . implode('/', $out);
}

function mod07_config(): array
{
    return [
        'name' => 'module 07',
        'enabled' => 7 % 3 !== 0,
        'weight' => 7 * 1.5,
        'tags' => ['core', 'mod07', 'v' . 7 % 7],
        'limits' => ['min' => 7, 'max' => 7 * 10],
    ];
}

function mod07_render(array $data): string
{
    $html = '<ul class="mod07">';
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

function mod07_checksum(string $s): int
{
    $h = 7;
    $n = strlen($s);
    for ($j = 0; $j < $n; $j += 7) {
        $h = ($h * 31 + ord($s[$j])) % 1000003;
    }
    return $h;
}
