<?php
// Module 16 of the benchmark app: a few functions of the kind a framework has.

function mod16_slug(string $s): string
{
    return strtolower(trim(preg_replace('/[^A-Za-z0-9]+/', '-', $s), '-'));
}

function mod16_route(array $parts): string
{
    $out = [];
    foreach ($parts as $k => $v) {
        $out[] = is_int($k) ? mod16_slug((string) $v) : $k . '=' . str_replace(' ', '%20', (string) $v);
    }
    return '/' . implode('/', $out);
}

function mod16_config(): array
{
    return [
        'name' => 'module 16',
        'enabled' => 16 % 3 !== 0,
        'weight' => 16 * 1.5,
        'tags' => ['core', 'mod16', 'v' . 16 % 7],
        'limits' => ['min' => 16, 'max' => 16 * 10],
    ];
}

function mod16_render(array $data): string
{
    $html = '<ul class="mod16">';
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

function mod16_checksum(string $s): int
{
    $h = 16;
    $n = strlen($s);
    for ($j = 0; $j < $n; $j += 7) {
        $h = ($h * 31 + ord($s[$j])) % 1000003;
    }
    return $h;
}
