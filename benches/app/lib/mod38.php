<?php
// Module 38 of the benchmark app: a few functions of the kind a framework has.

function mod38_slug(string $s): string
{
    return strtolower(trim(preg_replace('/[^A-Za-z0-9]+/', '-', $s), '-'));
}

function mod38_route(array $parts): string
{
    $out = [];
    foreach ($parts as $k => $v) {
        $out[] = is_int($k) ? mod38_slug((string) $v) : $k . '=' . str_replace(' ', '%20', (string) $v);
    }
    return '/' . implode('/', $out);
}

function mod38_config(): array
{
    return [
        'name' => 'module 38',
        'enabled' => 38 % 3 !== 0,
        'weight' => 38 * 1.5,
        'tags' => ['core', 'mod38', 'v' . 38 % 7],
        'limits' => ['min' => 38, 'max' => 38 * 10],
    ];
}

function mod38_render(array $data): string
{
    $html = '<ul class="mod38">';
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

function mod38_checksum(string $s): int
{
    $h = 38;
    $n = strlen($s);
    for ($j = 0; $j < $n; $j += 7) {
        $h = ($h * 31 + ord($s[$j])) % 1000003;
    }
    return $h;
}
