<?php
// Module 28 of the benchmark app: a few functions of the kind a framework has.

function mod28_slug(string $s): string
{
    return strtolower(trim(preg_replace('/[^A-Za-z0-9]+/', '-', $s), '-'));
}

function mod28_route(array $parts): string
{
    $out = [];
    foreach ($parts as $k => $v) {
        $out[] = is_int($k) ? mod28_slug((string) $v) : $k . '=' . str_replace(' ', '%20', (string) $v);
    }
    return '/' . implode('/', $out);
}

function mod28_config(): array
{
    return [
        'name' => 'module 28',
        'enabled' => 28 % 3 !== 0,
        'weight' => 28 * 1.5,
        'tags' => ['core', 'mod28', 'v' . 28 % 7],
        'limits' => ['min' => 28, 'max' => 28 * 10],
    ];
}

function mod28_render(array $data): string
{
    $html = '<ul class="mod28">';
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

function mod28_checksum(string $s): int
{
    $h = 28;
    $n = strlen($s);
    for ($j = 0; $j < $n; $j += 7) {
        $h = ($h * 31 + ord($s[$j])) % 1000003;
    }
    return $h;
}
