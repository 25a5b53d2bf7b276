<?php
// Module 27 of the benchmark app: a few functions of the kind a framework has.

function mod27_slug(string $s): string
{
    return strtolower(trim(preg_replace('/[^A-Za-z0-9]+/', '-', $s), '-'));
}

function mod27_route(array $parts): string
{
    $out = [];
    foreach ($parts as $k => $v) {
        $out[] = is_int($k) ? mod27_slug((string) $v) : $k . '=' . str_replace(' ', '%20', (string) $v);
    }
    return '/' . implode('/', $out);
}

function mod27_config(): array
{
    return [
        'name' => 'module 27',
        'enabled' => 27 % 3 !== 0,
        'weight' => 27 * 1.5,
        'tags' => ['core', 'mod27', 'v' . 27 % 7],
        'limits' => ['min' => 27, 'max' => 27 * 10],
    ];
}

function mod27_render(array $data): string
{
    $html = '<ul class="mod27">';
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

function mod27_checksum(string $s): int
{
    $h = 27;
    $n = strlen($s);
    for ($j = 0; $j < $n; $j += 7) {
        $h = ($h * 31 + ord($s[$j])) % 1000003;
    }
    return $h;
}
