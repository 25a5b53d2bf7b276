<?php
// Module 03 of the benchmark app: a few functions of the kind a framework has.

function mod03_slug(string $s): string
{
    return strtolower(trim(preg_replace('/[^A-Za-z0-9]+/', '-', $s), '-'));
}

function mod03_route(array $parts): string
{
    $out = [];
    foreach ($parts as $k => $v) {
        $out[] = is_int($k) ? mod03_slug((string) $v) : $k . '=' . str_replace(' ', '%20', (string) $v);
    }
    return '/' . implode('/', $out);
}

function mod03_config(): array
{
    return [
        'name' => 'module 03',
        'enabled' => 3 % 3 !== 0,
        'weight' => 3 * 1.5,
        'tags' => ['core', 'mod03', 'v' . 3 % 7],
        'limits' => ['min' => 3, 'max' => 3 * 10],
    ];
}

function mod03_render(array $data): string
{
    $html = '<ul class="mod03">';
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

function mod03_checksum(string $s): int
{
    $h = 3;
    $n = strlen($s);
    for ($j = 0; $j < $n; $j += 7) {
        $h = ($h * 31 + ord($s[$j])) % 1000003;
    }
    return $h;
}
