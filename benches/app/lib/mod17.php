<?php
// Module 17 of the benchmark app: a few functions of the kind a framework has.

function mod17_slug(string $s): string
{
    return strtolower(trim(preg_replace('/[^A-Za-z0-9]+/', '-', $s), '-'));
}

function mod17_route(array $parts): string
{
    $out = [];
    foreach ($parts as $k => $v) {
        $out[] = is_int($k) ? mod17_slug((string) $v) : $k . '=' . str_replace(' ', '%20', (string) $v);
    }
    return '/' . implode('/', $out);
}

function mod17_config(): array
{
    return [
        'name' => 'module 17',
        'enabled' => 17 % 3 !== 0,
        'weight' => 17 * 1.5,
        'tags' => ['core', 'mod17', 'v' . 17 % 7],
        'limits' => ['min' => 17, 'max' => 17 * 10],
    ];
}

function mod17_render(array $data): string
{
    $html = '<ul class="mod17">';
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

function mod17_checksum(string $s): int
{
    $h = 17;
    $n = strlen($s);
    for ($j = 0; $j < $n; $j += 7) {
        $h = ($h * 31 + ord($s[$j])) % 1000003;
    }
    return $h;
}
