<?php
// Module 30 of the benchmark app: a few functions of the kind a framework has.

function mod30_slug(string $s): string
{
    return strtolower(trim(preg_replace('/[^A-Za-z0-9]+/', '-', $s), '-'));
}

function mod30_route(array $parts): string
{
    $out = [];
    foreach ($parts as $k => $v) {
        $out[] = is_int($k) ? mod30_slug((string) $v) : $k . '=' . str_replace(' ', '%20', (string) $v);
    }
    return '/' . implode('/', $out);
}

function mod30_config(): array
{
    return [
        'name' => 'module 30',
        'enabled' => 30 % 3 !== 0,
        'weight' => 30 * 1.5,
        'tags' => ['core', 'mod30', 'v' . 30 % 7],
        'limits' => ['min' => 30, 'max' => 30 * 10],
    ];
}

function mod30_render(array $data): string
{
    $html = '<ul class="mod30">';
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

function mod30_checksum(string $s): int
{
    $h = 30;
    $n = strlen($s);
    for ($j = 0; $j < $n; $j += 7) {
        $h = ($h * 31 + ord($s[$j])) % 1000003;
    }
    return $h;
}
