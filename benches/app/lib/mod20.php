<?php
// Module 20 of the benchmark app: a few functions of the kind a framework has.

function mod20_slug(string $s): string
{
    return strtolower(trim(preg_replace('/[^A-Za-z0-9]+/', '-', $s), '-'));
}

function mod20_route(array $parts): string
{
    $out = [];
    foreach ($parts as $k => $v) {
        $out[] = is_int($k) ? mod20_slug((string) $v) : $k . '=' . str_replace(' ', '%20', (string) $v);
    }
    return '/' . implode('/', $out);
}

function mod20_config(): array
{
    return [
        'name' => 'module 20',
        'enabled' => 20 % 3 !== 0,
        'weight' => 20 * 1.5,
        'tags' => ['core', 'mod20', 'v' . 20 % 7],
        'limits' => ['min' => 20, 'max' => 20 * 10],
    ];
}

function mod20_render(array $data): string
{
    $html = '<ul class="mod20">';
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

function mod20_checksum(string $s): int
{
    $h = 20;
    $n = strlen($s);
    for ($j = 0; $j < $n; $j += 7) {
        $h = ($h * 31 + ord($s[$j])) % 1000003;
    }
    return $h;
}
