<?php
namespace Lib\Util {
    const VERSION = '1.0';
    function helper(int $x = VERSION) { return __FUNCTION__ . __NAMESPACE__; }
    interface Shape { function area(): float; }
    abstract class Base implements Shape { public function describe() { return static::class . __CLASS__ . __METHOD__; } }
    class Circle extends Base { public function __construct(private float $r) {} public function area(): float { return M_PI * $this->r ** 2; } }
    enum Color: int { case Red = 1; case Green = 2; public function label(): string { return ucfirst(strtolower($this->name)); } }
}
namespace App {
    use Lib\Util\{Circle, Color, Shape};
    use Lib\Util as U;
    use function Lib\Util\helper;
    use const Lib\Util\VERSION;
    $c = new Circle(2.0);
    $a = $c instanceof Shape;
    $v = helper() . VERSION . U\helper(1) . \Lib\Util\VERSION;
    $col = Color::from(1);
    $m = match ($col) { Color::Red => 'r', Color::Green => 'g' };
    $x = new U\Circle(1.0);
    $n = \strlen('x') + strlen('y') + namespace\f();
    try { throw new \RuntimeException('x'); } catch (\RuntimeException | U\Err $e) { }
}
