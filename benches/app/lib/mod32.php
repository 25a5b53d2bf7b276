<?php
// Module 32 of the benchmark app: a few functions of the kind a framework has.

function mod32_slug(string $s): string
{
    return strtolower(trim(preg_replace('/[^A-Za-z0-9]+/', '-', $s), '-'));
}

function mod32_route(array $parts): string
{
    $out = [];
    foreach ($parts as $k => $v) {
        $out[] = is_int($k) ? mod32_slug((string) $v) : $k . '=' . str_replace(' ', '%20', (string) $v);
    }
    return '/' . implode('/', $out);
}

function mod32_config(): array
{
    return [
        'name' => 'module 32',
        'enabled' => 32 % 3 !== 0,
        'weight' => 32 * 1.5,
        'tags' => ['core', 'mod32', 'v' . 32 % 7],
        'limits' => ['min' => 32, 'max' => 32 * 10],
    ];
}

function mod32_render(array $data): string
{
    $html = '<ul class="mod32">';
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

function mod32_checksum(string $s): int
{
    $h = 32;
    $n = strlen($s);
    for ($j = 0; $j < $n; $j += 7) {
        $h = ($h * 31 + ord($s[$j])) % 1000003;
    }
    return $h;
}
