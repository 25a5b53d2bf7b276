<?php
// Module 13 of the benchmark app: a few functions of the kind a framework has.

function mod13_slug(string $s): string
{
    return strtolower(trim(preg_replace('/[^A-Za-z0-9]+/', '-', $s), '-'));
}

function mod13_route(array $parts): string
{
    $out = [];
    foreach ($parts as $k => $v) {
        $out[] = is_int($k) ? mod13_slug((string) $v) : $k . '=' . str_replace(' ', '%20', (string) $v);
    }
    return '/' . implode('/', $out);
}

function mod13_config(): array
{
    return [
        'name' => 'module 13',
        'enabled' => 13 % 3 !== 0,
        'weight' => 13 * 1.5,
        'tags' => ['core', 'mod13', 'v' . 13 % 7],
        'limits' => ['min' => 13, 'max' => 13 * 10],
    ];
}

function mod13_render(array $data): string
{
    $html = '<ul class="mod13">';
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

function mod13_checksum(string $s): int
{
    $h = 13;
    $n = strlen($s);
    for ($j = 0; $j < $n; $j += 7) {
        $h = ($h * 31 + ord($s[$j])) % 1000003;
    }
    return $h;
}
