<?php
// Module 11 of the benchmark app: a few functions of the kind a framework has.

function mod11_slug(string $s): string
{
    return strtolower(trim(preg_replace('/[^A-Za-z0-9]+/', '-', $s), '-'));
}

function mod11_route(array $parts): string
{
    $out = [];
    foreach ($parts as $k => $v) {
        $out[] = is_int($k) ? mod11_slug((string) $v) : $k . '=' . str_replace(' ', '%20', (string) $v);
    }
    return '/' . implode('/', $out);
}

function mod11_config(): array
{
    return [
        'name' => 'module 11',
        'enabled' => 11 % 3 !== 0,
        'weight' => 11 * 1.5,
        'tags' => ['core', 'mod11', 'v' . 11 % 7],
        'limits' => ['min' => 11, 'max' => 11 * 10],
    ];
}

function mod11_render(array $data): string
{
    $html = '<ul class="mod11">';
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

function mod11_checksum(string $s): int
{
    $h = 11;
    $n = strlen($s);
    for ($j = 0; $j < $n; $j += 7) {
        $h = ($h * 31 + ord($s[$j])) % 1000003;
    }
    return $h;
}
