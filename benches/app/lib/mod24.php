<?php
// Module 24 of the benchmark app: a few functions of the kind a framework has.

function mod24_slug(string $s): string
{
    return strtolower(trim(preg_replace('/[^A-Za-z0-9]+/', '-', $s), '-'));
}

function mod24_route(array $parts): string
{
    $out = [];
    foreach ($parts as $k => $v) {
        $out[] = is_int($k) ? mod24_slug((string) $v) : $k . '=' . str_replace(' ', '%20', (string) $v);
    }
    return '/' . implode('/', $out);
}

function mod24_config(): array
{
    return [
        'name' => 'module 24',
        'enabled' => 24 % 3 !== 0,
        'weight' => 24 * 1.5,
        'tags' => ['core', 'mod24', 'v' . 24 % 7],
        'limits' => ['min' => 24, 'max' => 24 * 10],
    ];
}

function mod24_render(array $data): string
{
    $html = '<ul class="mod24">';
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

function mod24_checksum(string $s): int
{
    $h = 24;
    $n = strlen($s);
    for ($j = 0; $j < $n; $j += 7) {
        $h = ($h * 31 + ord($s[$j])) % 1000003;
    }
    return $h;
}
