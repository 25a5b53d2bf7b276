<?php
// Module 37 of the benchmark app: a few functions of the kind a framework has.

function mod37_slug(string $s): string
{
    return strtolower(trim(preg_replace('/[^A-Za-z0-9]+/', '-', $s), '-'));
}

function mod37_route(array $parts): string
{
    $out = [];
    foreach ($parts as $k => $v) {
        $out[] = is_int($k) ? mod37_slug((string) $v) : $k . '=' . str_replace(' ', '%20', (string) $v);
    }
    return '/' . implode('/', $out);
}

function mod37_config(): array
{
    return [
        'name' => 'module 37',
        'enabled' => 37 % 3 !== 0,
        'weight' => 37 * 1.5,
        'tags' => ['core', 'mod37', 'v' . 37 % 7],
        'limits' => ['min' => 37, 'max' => 37 * 10],
    ];
}

function mod37_render(array $data): string
{
    $html = '<ul class="mod37">';
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

function mod37_checksum(string $s): int
{
    $h = 37;
    $n = strlen($s);
    for ($j = 0; $j < $n; $j += 7) {
        $h = ($h * 31 + ord($s[$j])) % 1000003;
    }
    return $h;
}
