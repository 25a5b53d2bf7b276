<?php
// Module 29 of the benchmark app: a few functions of the kind a framework has.

function mod29_slug(string $s): string
{
    return strtolower(trim(preg_replace('/[^A-Za-z0-9]+/', '-', $s), '-'));
}

function mod29_route(array $parts): string
{
    $out = [];
    foreach ($parts as $k => $v) {
        $out[] = is_int($k) ? mod29_slug((string) $v) : $k . '=' . str_replace(' ', '%20', (string) $v);
    }
    return '/' . implode('/', $out);
}

function mod29_config(): array
{
    return [
        'name' => 'module 29',
        'enabled' => 29 % 3 !== 0,
        'weight' => 29 * 1.5,
        'tags' => ['core', 'mod29', 'v' . 29 % 7],
        'limits' => ['min' => 29, 'max' => 29 * 10],
    ];
}

function mod29_render(array $data): string
{
    $html = '<ul class="mod29">';
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

function mod29_checksum(string $s): int
{
    $h = 29;
    $n = strlen($s);
    for ($j = 0; $j < $n; $j += 7) {
        $h = ($h * 31 + ord($s[$j])) % 1000003;
    }
    return $h;
}
