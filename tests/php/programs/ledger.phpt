--TEST--
program: double-entry ledger in a namespace (backed enum with methods, readonly promoted properties with a static sequence, variadic post with spread, custom exception with readonly data, generators via IteratorAggregate, nullsafe date grouping, namespace\ and global fallbacks, reflection of readonly properties)
--FILE--
<?php
declare(strict_types=1);

namespace Ledger;

enum Kind: string
{
    case Credit = 'CR';
    case Debit = 'DR';

    public function sign(): int
    {
        return $this === self::Credit ? 1 : -1;
    }
}

final class Entry
{
    private static int $seq = 0;
    public readonly int $id;

    public function __construct(
        public readonly string $account,
        public readonly Kind $kind,
        public readonly int $cents,
        public readonly string $memo = '',
        public readonly ?\DateTimeImmutable $at = null,
    ) {
        if ($cents <= 0) {
            throw new \DomainException("amount must be positive, got $cents");
        }
        $this->id = ++self::$seq;
    }
}

final class Journal implements \Countable, \IteratorAggregate
{
    /** @var list<Entry> */
    private array $entries = [];

    public function post(Entry ...$entries): void
    {
        $balance = array_sum(array_map(fn(Entry $e) => $e->kind->sign() * $e->cents, $entries));
        if ($balance !== 0) {
            throw new UnbalancedException($balance);
        }
        array_push($this->entries, ...$entries);
    }

    public function count(): int
    {
        return \count($this->entries);
    }

    public function getIterator(): \Generator
    {
        yield from $this->entries;
    }

    public function balances(): array
    {
        $out = [];
        foreach ($this as $e) {
            $out[$e->account] = ($out[$e->account] ?? 0) + $e->kind->sign() * $e->cents;
        }
        ksort($out);
        return $out;
    }

    public function byMonth(): array
    {
        $groups = [];
        foreach ($this->entries as $e) {
            $groups[$e->at?->format('Y-m') ?? 'undated'][] = $e;
        }
        return array_map(fn(array $g) => \count($g), $groups);
    }
}

final class UnbalancedException extends \RuntimeException
{
    public function __construct(public readonly int $by)
    {
        parent::__construct(sprintf('journal entry unbalanced by %s', fmt($by)));
    }
}

function fmt(int $cents): string
{
    $s = number_format(abs($cents) / 100, 2);
    return $cents < 0 ? "($s)" : $s;
}

$j = new Journal();
$d = fn(string $s) => new \DateTimeImmutable($s, new \DateTimeZone('UTC'));
$j->post(
    new Entry('cash', Kind::Debit, 500000, 'capital', $d('2024-01-02')),
    new Entry('equity', Kind::Credit, 500000, 'capital', $d('2024-01-02')),
);
$j->post(
    new Entry('inventory', Kind::Debit, 120050, 'stock', $d('2024-01-15')),
    new Entry('cash', Kind::Credit, 120050, 'stock', $d('2024-01-15')),
);
$j->post(
    new Entry('cash', Kind::Debit, 99999, 'sale', $d('2024-02-01')),
    new Entry('revenue', Kind::Credit, 99999, 'sale', $d('2024-02-01')),
    new Entry('cogs', Kind::Debit, 60025),
    new Entry('inventory', Kind::Credit, 60025),
);
try {
    $j->post(new Entry('cash', Kind::Debit, 100), new Entry('revenue', Kind::Credit, 99));
} catch (UnbalancedException $e) {
    echo get_class($e), ': ', $e->getMessage(), ' [', $e->by, "]\n";
}
try {
    new Entry('cash', Kind::Debit, 0);
} catch (\DomainException $e) {
    echo $e->getMessage(), "\n";
}
echo \count($j), " entries\n";
printf("%-10s %14s\n", 'account', 'balance');
foreach ($j->balances() as $acct => $bal) {
    printf("%-10s %14s\n", $acct, fmt($bal));
}
echo 'sum: ', array_sum($j->balances()), "\n";
print_r($j->byMonth());
$first = iterator_to_array($j)[0];
echo $first->id, ' ', $first->kind->name, ' ', $first->kind->value, ' ', $first->at->format(\DATE_RFC2822), "\n";
echo json_encode(array_map(fn(Entry $e) => [$e->id, $e->account, $e->kind, $e->cents], iterator_to_array($j))), "\n";
echo __NAMESPACE__, ' ', Entry::class, ' ', namespace\fmt(-12345), ' ', \strlen('x'), ' ', Kind::from('DR')->name, "\n";
$cls = new \ReflectionClass(Entry::class);
echo $cls->getShortName(), ' ', $cls->getNamespaceName(), ' ', $cls->isFinal() ? 'final' : '', ' ', implode(',', array_map(fn($p) => $p->getName() . ($p->isReadOnly() ? '(ro)' : ''), $cls->getProperties())), "\n";
--EXPECT--
Ledger\UnbalancedException: journal entry unbalanced by (0.01) [-1]
amount must be positive, got 0
8 entries
account           balance
cash           (4,799.49)
cogs             (600.25)
equity           5,000.00
inventory        (600.25)
revenue            999.99
sum: 0
Array
(
    [2024-01] => 4
    [2024-02] => 2
    [undated] => 2
)
1 Debit DR Tue, 02 Jan 2024 00:00:00 +0000
[[1,"cash","DR",500000],[2,"equity","CR",500000],[3,"inventory","DR",120050],[4,"cash","CR",120050],[5,"cash","DR",99999],[6,"revenue","CR",99999],[7,"cogs","DR",60025],[8,"inventory","CR",60025]]
Ledger Ledger\Entry (123.45) 1 Debit
Entry Ledger final seq,id(ro),account(ro),kind(ro),cents(ro),memo(ro),at(ro)
