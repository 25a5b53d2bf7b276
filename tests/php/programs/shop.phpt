--TEST--
program: shop cart (namespaced enums with methods, readonly products, discounts via interfaces, array by reference in a constructor, strict_types TypeError, formatted receipt)
--FILE--
<?php
declare(strict_types=1);
namespace Shop;

enum Currency: string { case EUR = '€'; case USD = '$';
    public function format(int $cents): string { $s = number_format(abs($cents) / 100, 2, $this === self::EUR ? ',' : '.', $this === self::EUR ? '.' : ','); return ($cents < 0 ? '-' : '') . ($this === self::EUR ? "$s {$this->value}" : "{$this->value}$s"); } }

interface Discount { public function apply(Cart $cart, int $subtotal): int; public function label(): string; }
final class PercentOff implements Discount {
    public function __construct(private int $pct, private ?string $category = null) { if ($pct < 0 || $pct > 100) throw new \DomainException("Bad percent $pct"); }
    public function apply(Cart $cart, int $subtotal): int {
        $base = $this->category === null ? $subtotal : array_sum(array_map(fn(Line $l) => $l->total(), array_filter($cart->lines(), fn(Line $l) => $l->product->category === $this->category)));
        return -intdiv($base * $this->pct + 50, 100);
    }
    public function label(): string { return "{$this->pct}% off" . ($this->category ? " {$this->category}" : ''); }
}
final class BuyXGetY implements Discount {
    public function __construct(private string $sku, private int $x, private int $y) {}
    public function apply(Cart $cart, int $subtotal): int {
        $line = $cart->line($this->sku);
        if (!$line) return 0;
        $free = intdiv($line->qty, $this->x + $this->y) * $this->y;
        return -$free * $line->product->price;
    }
    public function label(): string { return "buy {$this->x} get {$this->y} ({$this->sku})"; }
}
final class Product { public function __construct(public readonly string $sku, public readonly string $name, public readonly int $price, public readonly string $category) {} }
final class Line { public function __construct(public readonly Product $product, public int $qty) {} public function total(): int { return $this->product->price * $this->qty; } }
final class OutOfStock extends \RuntimeException {}
final class Cart implements \Countable, \IteratorAggregate {
    /** @var array<string, Line> */ private array $lines = [];
    /** @var Discount[] */ private array $discounts = [];
    public function __construct(private Currency $cur, private array &$stock) {}
    public function add(Product $p, int $qty = 1): static {
        $have = $this->stock[$p->sku] ?? 0;
        $already = isset($this->lines[$p->sku]) ? $this->lines[$p->sku]->qty : 0;
        if ($already + $qty > $have) throw new OutOfStock(sprintf('Only %d of %s left', $have - $already, $p->name));
        isset($this->lines[$p->sku]) ? $this->lines[$p->sku]->qty += $qty : $this->lines[$p->sku] = new Line($p, $qty);
        return $this;
    }
    public function remove(string $sku): void { unset($this->lines[$sku]); }
    public function discount(Discount ...$d): static { array_push($this->discounts, ...$d); return $this; }
    public function lines(): array { return array_values($this->lines); }
    public function line(string $sku): ?Line { return $this->lines[$sku] ?? null; }
    public function count(): int { return array_sum(array_map(fn($l) => $l->qty, $this->lines)); }
    public function getIterator(): \ArrayIterator { return new \ArrayIterator($this->lines); }
    public function checkout(): array {
        $subtotal = array_sum(array_map(fn(Line $l) => $l->total(), $this->lines));
        $adj = []; foreach ($this->discounts as $d) { $v = $d->apply($this, $subtotal); if ($v) $adj[$d->label()] = $v; }
        $net = $subtotal + array_sum($adj);
        $tax = (int)round($net * 0.2);
        foreach ($this->lines as $sku => $l) $this->stock[$sku] -= $l->qty;
        return compact('subtotal', 'adj', 'net', 'tax') + ['total' => $net + $tax];
    }
    public function receipt(): string {
        $r = $this->checkout(); $f = fn(int $c) => $this->cur->format($c);
        $out = sprintf("%-22s %3s %12s\n", 'Item', 'Qty', 'Amount') . str_repeat('-', 39) . "\n";
        foreach ($this as $l) $out .= sprintf("%-22.22s %3d %12s\n", $l->product->name, $l->qty, $f($l->total()));
        $out .= sprintf("%26s %12s\n", 'Subtotal', $f($r['subtotal']));
        foreach ($r['adj'] as $label => $v) $out .= sprintf("%26.26s %12s\n", $label, $f($v));
        return $out . sprintf("%26s %12s\n%26s %12s\n", 'VAT 20%', $f($r['tax']), 'TOTAL', $f($r['total']));
    }
}
$catalog = [];
foreach ([['A1', 'Espresso beans 1kg', 1899, 'coffee'], ['A2', 'Filter papers (100)', 349, 'supplies'], ['B1', 'Ceramic mug', 1250, 'kitchen'], ['B2', 'Milk frother — deluxe edition', 4999, 'kitchen'], ['A3', 'Decaf 250g', 675, 'coffee']] as [$sku, $n, $p, $c]) $catalog[$sku] = new Product($sku, $n, $p, $c);
$stock = ['A1' => 5, 'A2' => 10, 'B1' => 2, 'B2' => 1, 'A3' => 6];
$cart = new Cart(Currency::EUR, $stock);
$cart->add($catalog['A1'], 2)->add($catalog['A2'], 3)->add($catalog['B1'])->add($catalog['A3'], 5)->add($catalog['B2']);
try { $cart->add($catalog['B1'], 2); } catch (OutOfStock $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { new PercentOff(150); } catch (\DomainException $e) { echo $e->getMessage(), "\n"; }
try { $cart->add($catalog['A2'], '2'); } catch (\TypeError $e) { echo substr($e->getMessage(), 0, strpos($e->getMessage(), ',')), "\n"; }
$cart->discount(new PercentOff(10, 'coffee'), new BuyXGetY('A3', 2, 1), new PercentOff(5));
echo count($cart), " items\n", $cart->receipt();
print_r($stock);
$usd = new Cart(Currency::USD, $stock);
echo $usd->add($catalog['B1'])->receipt();
echo Currency::USD->format(-123456), ' ', Currency::EUR->format(100000000), "\n";
echo json_encode(['cur' => Currency::EUR, 'cases' => array_map(fn($c) => $c->name, Currency::cases())], JSON_UNESCAPED_UNICODE), "\n";
--EXPECT--
Shop\OutOfStock: Only 1 of Ceramic mug left
Bad percent 150
Shop\Cart::add(): Argument #2 ($qty) must be of type int
12 items
Item                   Qty       Amount
---------------------------------------
Espresso beans 1kg       2    37,98 €
Filter papers (100)      3    10,47 €
Ceramic mug              1    12,50 €
Decaf 250g               5    33,75 €
Milk frother — delux   1    49,99 €
                  Subtotal   144,69 €
            10% off coffee    -7,17 €
          buy 2 get 1 (A3)    -6,75 €
                    5% off    -7,23 €
                   VAT 20%    24,71 €
                     TOTAL   148,25 €
Array
(
    [A1] => 3
    [A2] => 7
    [B1] => 1
    [B2] => 0
    [A3] => 1
)
Item                   Qty       Amount
---------------------------------------
Ceramic mug              1       $12.50
                  Subtotal       $12.50
                   VAT 20%        $2.50
                     TOTAL       $15.00
-$1,234.56 1.000.000,00 €
{"cur":"€","cases":["EUR","USD"]}
