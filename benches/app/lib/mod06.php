<?php
// Module 06 of the benchmark app: a few functions of the kind a framework has.

function mod06_slug(string $s): string
{
    return strtolower(trim(preg_replace('/[^A-Za-z0-9]+/', '-', $s), '-'));
}

function mod06_route(array $parts): string
{
    $out = [];
    foreach ($parts as $k => $v) {
        $out[] = is_int($k) ? mod06_slug((string) $v) : $k . '=' . str_replace(' ', '%20', (string) $v);
    }
    return '/' . implode('/', $out);
}

function mod06_config(): array
{
    return [
        'name' => 'module 06',
        'enabled' => 6 % 3 !== 0,
        'weight' => 6 * 1.5,
        'tags' => ['core', 'mod06', 'v' . 6 % 7],
        'limits' => ['min' => 6, 'max' => 6 * 10],
    ];
}

function mod06_render(array $data): string
{
    $html = '<ul class="mod06">';
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

function mod06_checksum(string $s): int
{
    $h = 6;
    $n = strlen($s);
    for ($j = 0; $j < $n; $j += 7) {
        $h = ($h * 31 + ord($s[$j])) % 1000003;
    }
    return $h;
}
