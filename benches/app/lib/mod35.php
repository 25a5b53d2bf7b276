<?php
// Module 35 of the benchmark app: a few functions of the kind a framework has.

function mod35_slug(string $s): string
{
    return strtolower(trim(preg_replace('/[^A-Za-z0-9]+/', '-', $s), '-'));
}

function mod35_route(array $parts): string
{
    $out = [];
    foreach ($parts as $k => $v) {
        $out[] = is_int($k) ? mod35_slug((string) $v) : $k . '=' . str_replace(' ', '%20', (string) $v);
    }
    return '/' . implode('/', $out);
}

function mod35_config(): array
{
    return [
        'name' => 'module 35',
        'enabled' => 35 % 3 !== 0,
        'weight' => 35 * 1.5,
        'tags' => ['core', 'mod35', 'v' . 35 % 7],
        'limits' => ['min' => 35, 'max' => 35 * 10],
    ];
}

function mod35_render(array $data): string
{
    $html = '<ul class="mod35">';
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

function mod35_checksum(string $s): int
{
    $h = 35;
    $n = strlen($s);
    for ($j = 0; $j < $n; $j += 7) {
        $h = ($h * 31 + ord($s[$j])) % 1000003;
    }
    return $h;
}
