--TEST--
program: inventory with backed and pure enums, readonly promoted properties, match, clone with
--FILE--
<?php
enum Category: string
{
    case Tools = 'tools';
    case Food = 'food';
    case Toys = 'toys';

    public function label(): string
    {
        return match ($this) {
            Category::Tools => 'Hardware & Tools',
            Category::Food => 'Groceries',
            Category::Toys => 'Toys and Games',
        };
    }

    public static function fromLabel(string $l): self
    {
        foreach (self::cases() as $c) {
            if ($c->label() === $l) return $c;
        }
        throw new ValueError("no such label: $l");
    }
}

enum Status
{
    case InStock;
    case Low;
    case Out;

    public function icon(): string
    {
        return match ($this) { self::InStock => '+', self::Low => '~', self::Out => '-' };
    }
}

final class Item
{
    public function __construct(
        public readonly string $sku,
        public readonly string $name,
        public readonly Category $category,
        public readonly int $priceCents,
        private int $qty = 0,
    ) {}

    public function qty(): int { return $this->qty; }
    public function withQty(int $q): static
    {
        $c = clone $this;
        $c->qty = $q;
        return $c;
    }
    public function status(): Status
    {
        return match (true) {
            $this->qty === 0 => Status::Out,
            $this->qty < 5 => Status::Low,
            default => Status::InStock,
        };
    }
}

$items = [
    new Item('T-100', 'Hammer', Category::Tools, 1299, 12),
    new Item('F-200', 'Apples (1kg)', Category::Food, 349, 3),
    new Item('Y-300', 'Yo-yo', Category::Toys, 250),
    new Item('T-101', 'Screwdriver set', Category::Tools, 2450, 4),
    new Item('F-201', 'Bread', Category::Food, 199, 40),
    new Item('Y-301', 'Puzzle 1000pc', Category::Toys, 1599, 7),
];

$byCat = [];
foreach ($items as $it) {
    $byCat[$it->category->value][] = $it;
}
ksort($byCat);
foreach ($byCat as $cat => $list) {
    $c = Category::from($cat);
    echo str_pad(" {$c->label()} ", 40, '=', STR_PAD_BOTH), "\n";
    usort($list, fn(Item $a, Item $b) => $b->priceCents <=> $a->priceCents);
    foreach ($list as $it) {
        printf("%s %-6s %-18s %8.2f x %3d\n", $it->status()->icon(), $it->sku, $it->name,
            $it->priceCents / 100, $it->qty());
    }
}

var_dump(Category::tryFrom('nope'), Category::from('food'));
var_dump(Status::Low instanceof UnitEnum, Category::Toys instanceof BackedEnum);
var_dump(Category::fromLabel('Groceries') === Category::Food);
echo json_encode(['cat' => Category::Tools, 'all' => Category::cases()]), "\n";
print_r(Status::cases());
var_dump(Status::Out);
var_export([Category::Food, Status::Low]);
echo "\n";
echo count(array_filter($items, fn($i) => $i->status() === Status::Low)), " low items\n";
$restocked = $items[2]->withQty(10);
echo $restocked->status()->name, ' vs ', $items[2]->status()->name, "\n";
try {
    $items[0]->name = 'Mallet';
} catch (Error $e) {
    echo $e->getMessage(), "\n";
}
try {
    Category::from('bogus');
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
try {
    echo Category::fromLabel('Books');
} catch (ValueError $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
$total = array_sum(array_map(fn(Item $i) => $i->priceCents * $i->qty(), $items));
echo "Stock value: ", number_format($total / 100, 2), "\n";
var_dump(Category::Food->name, Category::Food->value, Status::InStock->name);
$fn = Category::from(...);
var_dump($fn('toys'));
var_dump(constant('Category::Tools'));
$r = new ReflectionEnum(Category::class);
echo $r->getBackingType(), "\n";
var_dump(Status::Low == Status::Low, Status::Low === Status::Out);
echo gettype(Status::Low), "\n";
--EXPECT--
============== Groceries ===============
~ F-200  Apples (1kg)           3.49 x   3
+ F-201  Bread                  1.99 x  40
=========== Hardware & Tools ===========
~ T-101  Screwdriver set       24.50 x   4
+ T-100  Hammer                12.99 x  12
============ Toys and Games ============
+ Y-301  Puzzle 1000pc         15.99 x   7
- Y-300  Yo-yo                  2.50 x   0
NULL
enum(Category::Food)
bool(true)
bool(true)
bool(true)
{"cat":"tools","all":["tools","food","toys"]}
Array
(
    [0] => Status Enum
        (
            [name] => InStock
        )

    [1] => Status Enum
        (
            [name] => Low
        )

    [2] => Status Enum
        (
            [name] => Out
        )

)
enum(Status::Out)
array (
  0 => 
  \Category::Food,
  1 => 
  \Status::Low,
)
2 low items
InStock vs Out
Cannot modify readonly property Item::$name
"bogus" is not a valid backing value for enum Category
ValueError: no such label: Books
Stock value: 455.88
string(4) "Food"
string(4) "food"
string(7) "InStock"
enum(Category::Toys)
enum(Category::Tools)
string
bool(true)
bool(false)
object
