<?php
// Module 08 of the benchmark app: a few functions of the kind a framework has.

function mod08_slug(string $s): string
{
    return strtolower(trim(preg_replace('/[^A-Za-z0-9]+/', '-', $s), '-'));
}

function mod08_route(array $parts): string
{
    $out = [];
    foreach ($parts as $k => $v) {
        $out[] = is_int($k) ? mod08_slug((string) $v) : $k . '=' . str_replace(' ', '%20', (string) $v);
    }
    return '/' . implode('/', $out);
}

function mod08_config(): array
{
    return [
        'name' => 'module 08',
        'enabled' => 8 % 3 !== 0,
        'weight' => 8 * 1.5,
        'tags' => ['core', 'mod08', 'v' . 8 % 7],
        'limits' => ['min' => 8, 'max' => 8 * 10],
    ];
}

function mod08_render(array $data): string
{
    $html = '<ul class="mod08">';
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

function mod08_checksum(string $s): int
{
    $h = 8;
    $n = strlen($s);
    for ($j = 0; $j < $n; $j += 7) {
        $h = ($h * 31 + ord($s[$j])) % 1000003;
    }
    return $h;
}
