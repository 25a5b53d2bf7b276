<?php
// Module 26 of the benchmark app: a few functions of the kind a framework has.

function mod26_slug(string $s): string
{
    return strtolower(trim(preg_replace('/[^A-Za-z0-9]+/', '-', $s), '-'));
}

function mod26_route(array $parts): string
{
    $out = [];
    foreach ($parts as $k => $v) {
        $out[] = is_int($k) ? mod26_slug((string) $v) : $k . '=' . str_replace(' ', '%20', (string) $v);
    }
    return '/' . implode('/', $out);
}

function mod26_config(): array
{
    return [
        'name' => 'module 26',
        'enabled' => 26 % 3 !== 0,
        'weight' => 26 * 1.5,
        'tags' => ['core', 'mod26', 'v' . 26 % 7],
        'limits' => ['min' => 26, 'max' => 26 * 10],
    ];
}

function mod26_render(array $data): string
{
    $html = '<ul class="mod26">';
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

function mod26_checksum(string $s): int
{
    $h = 26;
    $n = strlen($s);
    for ($j = 0; $j < $n; $j += 7) {
        $h = ($h * 31 + ord($s[$j])) % 1000003;
    }
    return $h;
}
