<?php
declare(strict_types=1);
namespace App\Models;
use Foo\{Bar, function baz, const QUX};
#[Attr(1, name: 'x')]
abstract class Model extends Base implements \JsonSerializable {
    use Timestamps { touch as protected; }
    public const TABLE = 'models';
    protected static ?array $cache = null;
    public function __construct(private readonly int $id, public string $name = '') {}
    abstract protected function rules(): array;
    public function find(int|string $id, ?callable $cb = null): static|null {
        $items = array_map(fn($x) => $x * 2, [1, 2, 3]);
        foreach ($items as $k => &$v) { $v += $k ** 2; }
        [$a, [, $b]] = [1, [2, 3]];
        $r = match (true) { $a > 1, $b < 2 => "big $a {$b}", default => null };
        try { $x = $this?->load($id)['x'] ?? throw new \Exception('none'); }
        catch (\RuntimeException | \LogicException $e) { return null; }
        finally { unset($items); }
        if ($a): echo 1; elseif ($b): echo 2; else: echo 3; endif;
        while (--$a > 0) { if ($a % 2) continue; else break; }
        switch ($b) { case 1: case 2; echo 'x'; break; default: print 'y'; }
        $f = static function (&$z) use ($a): void { static $n = 0; global $g; $z = $n++; };
        yield $k => $v; yield from gen();
        return new static(...$args);
    }
}
enum Suit: string { case Hearts = 'H'; public function label(): string { return ucfirst($this->name); } }
function &refs(array &$arr, ...$rest) { $s = <<<EOT
  hello $name
  EOT; return $arr; }
echo $a ? $b : ($c ?: $d), (int) '5' . -2 ** 2, @$u[0], `ls`;
goto end;
end:
exit(0);
?>
<p>done</p>
