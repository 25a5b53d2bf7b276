<?php
// Module 31 of the benchmark app: a few functions of the kind a framework has.

function mod31_slug(string $s): string
{
    return strtolower(trim(preg_replace('/[^A-Za-z0-9]+/', '-', $s), '-'));
}

function mod31_route(array $parts): string
{
    $out = [];
    foreach ($parts as $k => $v) {
        $out[] = is_int($k) ? mod31_slug((string) $v) : $k . '=' . str_replace(' ', '%20', (string) $v);
    }
    return '/' . implode('/', $out);
}

function mod31_config(): array
{
    return [
        'name' => 'module 31',
        'enabled' => 31 % 3 !== 0,
        'weight' => 31 * 1.5,
        'tags' => ['core', 'mod31', 'v' . 31 % 7],
        'limits' => ['min' => 31, 'max' => 31 * 10],
    ];
}

function mod31_render(array $data): string
{
    $html = '<ul class="mod31">';
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

function mod31_checksum(string $s): int
{
    $h = 31;
    $n = strlen($s);
    for ($j = 0; $j < $n; $j += 7) {
        $h = ($h * 31 + ord($s[$j])) % 1000003;
    }
    return $h;
}
