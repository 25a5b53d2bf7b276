<?php
// Module 22 of the benchmark app: a few functions of the kind a framework has.

function mod22_slug(string $s): string
{
    return strtolower(trim(preg_replace('/[^A-Za-z0-9]+/', '-', $s), '-'));
}

function mod22_route(array $parts): string
{
    $out = [];
    foreach ($parts as $k => $v) {
        $out[] = is_int($k) ? mod22_slug((string) $v) : $k . '=' . str_replace(' ', '%20', (string) $v);
    }
    return '/' . implode('/', $out);
}

function mod22_config(): array
{
    return [
        'name' => 'module 22',
        'enabled' => 22 % 3 !== 0,
        'weight' => 22 * 1.5,
        'tags' => ['core', 'mod22', 'v' . 22 % 7],
        'limits' => ['min' => 22, 'max' => 22 * 10],
    ];
}

function mod22_render(array $data): string
{
    $html = '<ul class="mod22">';
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

function mod22_checksum(string $s): int
{
    $h = 22;
    $n = strlen($s);
    for ($j = 0; $j < $n; $j += 7) {
        $h = ($h * 31 + ord($s[$j])) % 1000003;
    }
    return $h;
}
