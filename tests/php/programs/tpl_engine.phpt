--TEST--
program: template engine compiling to PHP (preg_replace_callback_array, var_export, eval of compiled templates inside a closure with extract and output buffering, filters as first-class callables, ParseError from eval)
--FILE--
<?php
declare(strict_types=1);

final class TemplateError extends RuntimeException {}

final class Engine
{
    private array $filters = [];
    private array $compiled = [];
    private array $blocks = [];

    public function __construct(private array $templates)
    {
        $this->filters = [
            'upper' => strtoupper(...),
            'lower' => 'strtolower',
            'title' => fn(string $s) => ucwords(strtolower($s)),
            'escape' => fn($s) => htmlspecialchars((string) $s, ENT_QUOTES),
            'money' => fn($n, $cur = '$') => $cur . number_format((float) $n, 2),
            'join' => fn(array $a, string $sep = ', ') => implode($sep, $a),
            'default' => fn($v, $d = '') => $v === null || $v === '' ? $d : $v,
            'length' => fn($v) => is_array($v) ? count($v) : strlen((string) $v),
            'truncate' => fn(string $s, int $n = 10) => strlen($s) > $n ? substr($s, 0, $n) . '…' : $s,
        ];
    }

    public function compile(string $name): string
    {
        if (isset($this->compiled[$name])) {
            return $this->compiled[$name];
        }
        $src = $this->templates[$name] ?? throw new TemplateError("template \"$name\" not found");
        $php = preg_replace_callback_array([
            '/\{\{\s*(.+?)\s*\}\}/' => fn($m) => '<?= $this->out(' . $this->expr($m[1]) . ') ?>',
            '/\{%\s*for\s+(\w+)\s+in\s+(.+?)\s*%\}/' => fn($m) => '<?php foreach ((' . $this->expr($m[2]) . ') ?? [] as $' . $m[1] . '): ?>',
            '/\{%\s*endfor\s*%\}/' => fn() => '<?php endforeach; ?>',
            '/\{%\s*if\s+(.+?)\s*%\}/' => fn($m) => '<?php if (' . $this->expr($m[1]) . '): ?>',
            '/\{%\s*else\s*%\}/' => fn() => '<?php else: ?>',
            '/\{%\s*endif\s*%\}/' => fn() => '<?php endif; ?>',
            '/\{%\s*include\s+"(\w+)"\s*%\}/' => fn($m) => '<?= $this->render(\'' . $m[1] . '\', get_defined_vars()) ?>',
        ], $src);
        return $this->compiled[$name] = $php;
    }

    private function expr(string $e): string
    {
        $parts = array_map('trim', explode('|', $e));
        $code = preg_replace_callback('/\b([a-z_]\w*)((?:\.\w+)*)/i', function ($m) {
            if (in_array(strtolower($m[1]), ['true', 'false', 'null', 'and', 'or', 'not'], true)) {
                return match (strtolower($m[1])) { 'and' => '&&', 'or' => '||', 'not' => '!', default => $m[1] };
            }
            $path = $m[2] === '' ? [] : explode('.', ltrim($m[2], '.'));
            return '$this->lookup($' . $m[1] . ' ?? null, ' . var_export($path, true) . ')';
        }, array_shift($parts));
        foreach ($parts as $f) {
            preg_match('/^(\w+)(?:\((.*)\))?$/', $f, $fm);
            $args = isset($fm[2]) && $fm[2] !== '' ? ', ' . $fm[2] : '';
            $code = '$this->filter(' . var_export($fm[1], true) . ', ' . $code . $args . ')';
        }
        return $code;
    }

    public function lookup(mixed $v, array $path): mixed
    {
        foreach ($path as $p) {
            $v = match (true) {
                is_array($v) => $v[$p] ?? null,
                is_object($v) && method_exists($v, $p) => $v->$p(),
                is_object($v) => $v->$p ?? null,
                default => null,
            };
        }
        return $v;
    }

    public function filter(string $name, mixed ...$args): mixed
    {
        $f = $this->filters[$name] ?? throw new TemplateError("unknown filter $name");
        return $f(...$args);
    }

    public function out(mixed $v): string
    {
        return match (true) {
            is_bool($v) => $v ? 'true' : 'false',
            is_array($v) => '[' . count($v) . ' items]',
            $v instanceof Stringable => (string) $v,
            default => (string) $v,
        };
    }

    public function render(string $name, array $vars = []): string
    {
        $code = $this->compile($name);
        return (function () use ($code, $vars) {
            extract($vars, EXTR_SKIP);
            ob_start();
            try {
                eval('?>' . $code);
                return ob_get_contents();
            } finally {
                ob_end_clean();
            }
        })();
    }
}

final class Product implements Stringable
{
    public function __construct(public string $name, public float $price, public array $tags = []) {}
    public function label(): string
    {
        return "$this->name (" . count($this->tags) . ' tags)';
    }
    public function __toString(): string
    {
        return $this->name;
    }
}

$engine = new Engine([
    'header' => "== {{ title | upper }} ==\n",
    'page' => <<<'TPL'
{% include "header" %}Hello {{ user.name | title }}{% if user.admin %} (admin){% endif %}!
{% for p in products %}- {{ p | escape }}: {{ p.price | money("€") }} [{{ p.tags | join(" / ") | default("no tags") }}] {{ p.label }}
{% endfor %}Total items: {{ products | length }}; note: {{ note | default("none") | truncate(12) }}
{% if not products %}empty{% else %}non-empty{% endif %} {{ flag }} {{ list }}
TPL,
    'broken' => '{{ x | nope }}',
    'syntax' => '<?php if ( ?>',
]);

echo $engine->render('page', [
    'title' => 'Catalog',
    'user' => ['name' => 'jANE doe', 'admin' => true],
    'products' => [new Product('Tea <green>', 3.5, ['drink', 'hot']), new Product("Chef's knife", 49.99)],
    'note' => 'a rather long note text',
    'flag' => false,
    'list' => [1, 2],
]);
echo $engine->render('page', ['title' => 'empty', 'user' => ['name' => 'bob'], 'products' => []]);
echo $engine->compile('header');
foreach (['broken', 'missing'] as $t) {
    try {
        $engine->render($t, ['x' => 1]);
    } catch (TemplateError $e) {
        echo 'TemplateError: ', $e->getMessage(), "\n";
    }
}
try {
    $engine->render('syntax');
} catch (ParseError $e) {
    echo 'ParseError: ', $e->getMessage(), ' (line ', $e->getLine(), ")\n";
}
echo 'buffers left: ', ob_get_level(), "\n";
--EXPECT--
== CATALOG ==
Hello Jane Doe (admin)!
- Tea &lt;green&gt;: €3.50 [drink / hot] Tea <green> (2 tags)- Chef&#039;s knife: €49.99 [no tags] Chef's knife (0 tags)Total items: 2; note: a rather lon…non-empty false [2 items]== EMPTY ==
Hello Bob!
Total items: 0; note: noneempty  == <?= $this->out($this->filter('upper', $this->lookup($title ?? null, array (
)))) ?> ==
TemplateError: unknown filter nope
TemplateError: template "missing" not found
ParseError: syntax error, unexpected token ";" (line 1)
buffers left: 0
