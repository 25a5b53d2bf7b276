<?php
// Module 18 of the benchmark app: a few functions of the kind a framework has.

function mod18_slug(string $s): string
{
    return strtolower(trim(preg_replace('/[^A-Za-z0-9]+/', '-', $s), '-'));
}

function mod18_route(array $parts): string
{
    $out = [];
    foreach ($parts as $k => $v) {
        $out[] = is_int($k) ? mod18_slug((string) $v) : $k . '=' . str_replace(' ', '%20', (string) $v);
    }
    return '/' . implode('/', $out);
}

function mod18_config(): array
{
    return [
        'name' => 'module 18',
        'enabled' => 18 % 3 !== 0,
        'weight' => 18 * 1.5,
        'tags' => ['core', 'mod18', 'v' . 18 % 7],
        'limits' => ['min' => 18, 'max' => 18 * 10],
    ];
}

function mod18_render(array $data): string
{
    $html = '<ul class="mod18">';
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

function mod18_checksum(string $s): int
{
    $h = 18;
    $n = strlen($s);
    for ($j = 0; $j < $n; $j += 7) {
        $h = ($h * 31 + ord($s[$j])) % 1000003;
    }
    return $h;
}
