--TEST--
program: event-sourced bank: aggregates, projections, typed ArrayAccess collection, magic accessors, Closure::bind/call, WeakMap cache
--FILE--
<?php
declare(strict_types=1);
// Event-sourced bank: aggregates, events, projections, snapshots, typed collections with ArrayAccess/IteratorAggregate/Countable,
// magic __get/__set/__isset/__unset, Closure::bind/call, static factories, __invoke handlers, WeakMap caches
namespace Bank\Events {
    abstract class Event implements \JsonSerializable {
        private static int $seq = 0;
        public readonly int $seqNo;
        public function __construct(public readonly string $accountId) { $this->seqNo = ++self::$seq; }
        public function type(): string { return (new \ReflectionClass($this))->getShortName(); }
        public function jsonSerialize(): array { return ['type' => $this->type()] + get_object_vars($this); }
        public static function reset(): void { self::$seq = 0; }
    }
    final class Opened extends Event { public function __construct(string $id, public readonly string $owner, public readonly string $currency = 'EUR') { parent::__construct($id); } }
    final class Deposited extends Event { public function __construct(string $id, public readonly int $amount) { parent::__construct($id); } }
    final class Withdrawn extends Event { public function __construct(string $id, public readonly int $amount) { parent::__construct($id); } }
    final class Frozen extends Event { public function __construct(string $id, public readonly string $reason) { parent::__construct($id); } }
}

namespace Bank {
    use Bank\Events\{Event, Opened, Deposited, Withdrawn, Frozen};

    class DomainError extends \DomainException {
        public static function insufficient(string $id, int $have, int $want): self { return new self(sprintf('Account %s: insufficient funds (%s < %s)', $id, Money::fmt($have), Money::fmt($want)), 402); }
        public static function frozen(string $id, string $why): self { return new self("Account $id is frozen: $why", 423); }
    }
    final class Money { public static function fmt(int $c): string { return ($c < 0 ? '-' : '') . number_format(abs($c) / 100, 2) ; } }

    /** @template T */
    class TypedCollection implements \ArrayAccess, \IteratorAggregate, \Countable {
        protected array $items = [];
        public function __construct(private string $type, iterable $items = []) { foreach ($items as $k => $i) $this[$k] = $i; }
        public function offsetExists(mixed $o): bool { return isset($this->items[$o]); }
        public function offsetGet(mixed $o): mixed { return $this->items[$o] ?? throw new \OutOfBoundsException("No item at $o"); }
        public function offsetSet(mixed $o, mixed $v): void {
            if (!$v instanceof $this->type) throw new \TypeError(sprintf('Expected %s, got %s', $this->type, get_debug_type($v)));
            if ($o === null) $this->items[] = $v; else $this->items[$o] = $v;
        }
        public function offsetUnset(mixed $o): void { unset($this->items[$o]); }
        public function getIterator(): \Generator { yield from $this->items; }
        public function count(): int { return count($this->items); }
        public function filter(callable $f): static { return new static($this->type, array_filter($this->items, $f)); }
        public function map(callable $f): array { return array_map($f, $this->items); }
    }

    abstract class Aggregate {
        private array $pending = [];
        protected int $version = 0;
        protected function record(Event $e): void { $this->apply($e); $this->pending[] = $e; }
        public function apply(Event $e): void {
            $method = 'on' . $e->type();
            if (!method_exists($this, $method)) throw new \LogicException(static::class . " cannot apply {$e->type()}");
            $this->$method($e);
            $this->version++;
        }
        public function release(): array { [$out, $this->pending] = [$this->pending, []]; return $out; }
        public static function replay(iterable $events): static { $a = new static(); foreach ($events as $e) $a->apply($e); return $a; }
        public function version(): int { return $this->version; }
    }

    final class Account extends Aggregate {
        private string $id = ''; private string $owner = ''; private int $balance = 0; private ?string $frozen = null; private array $meta = [];
        public static function open(string $id, string $owner): self { $a = new self(); $a->record(new Opened($id, $owner)); return $a; }
        public function deposit(int $c): void { $this->guard(); if ($c <= 0) throw new \InvalidArgumentException("Deposit must be positive, got $c"); $this->record(new Deposited($this->id, $c)); }
        public function withdraw(int $c): void { $this->guard(); if ($c > $this->balance) throw DomainError::insufficient($this->id, $this->balance, $c); $this->record(new Withdrawn($this->id, $c)); }
        public function freeze(string $why): void { $this->record(new Frozen($this->id, $why)); }
        private function guard(): void { if ($this->frozen !== null) throw DomainError::frozen($this->id, $this->frozen); }
        protected function onOpened(Opened $e): void { $this->id = $e->accountId; $this->owner = $e->owner; }
        protected function onDeposited(Deposited $e): void { $this->balance += $e->amount; }
        protected function onWithdrawn(Withdrawn $e): void { $this->balance -= $e->amount; }
        protected function onFrozen(Frozen $e): void { $this->frozen = $e->reason; }
        public function __get(string $n): mixed { return match ($n) { 'balance' => $this->balance, 'owner' => $this->owner, 'id' => $this->id, default => $this->meta[$n] ?? trigger_error("Undefined property $n", E_USER_NOTICE) }; }
        public function __set(string $n, mixed $v): void { if (in_array($n, ['balance', 'id'], true)) throw new \LogicException("$n is read-only"); $this->meta[$n] = $v; }
        public function __isset(string $n): bool { return in_array($n, ['balance', 'owner', 'id'], true) || isset($this->meta[$n]); }
        public function __unset(string $n): void { unset($this->meta[$n]); }
    }

    final class EventStore {
        private array $streams = [];
        private array $subscribers = [];
        public function append(string $id, array $events, int $expected): void {
            $cur = count($this->streams[$id] ?? []);
            if ($cur !== $expected) throw new \RuntimeException("Concurrency conflict on $id: expected v$expected, at v$cur");
            foreach ($events as $e) { $this->streams[$id][] = $e; foreach ($this->subscribers as $s) $s($e); }
        }
        public function load(string $id): array { return $this->streams[$id] ?? []; }
        public function subscribe(callable $s): void { $this->subscribers[] = $s; }
        public function all(): \Generator { foreach ($this->streams as $id => $es) foreach ($es as $e) yield $e->seqNo => $e; }
    }

    final class BalanceProjection {
        public array $balances = []; public array $log = [];
        public function __invoke(Event $e): void {
            $this->log[] = sprintf('%03d %-9s %s', $e->seqNo, $e->type(), $e->accountId);
            match (true) {
                $e instanceof Opened => $this->balances[$e->accountId] = 0,
                $e instanceof Deposited => $this->balances[$e->accountId] += $e->amount,
                $e instanceof Withdrawn => $this->balances[$e->accountId] -= $e->amount,
                default => null,
            };
        }
    }

    final class Repository {
        private \WeakMap $cache;
        public int $hits = 0;
        public function __construct(private EventStore $store) { $this->cache = new \WeakMap(); }
        public function save(Account $a): void { $v = $a->version(); $events = $a->release(); $this->store->append($a->id, $events, $v - count($events)); }
        public function get(string $id): Account { return Account::replay($this->store->load($id)); }
        public function describe(Account $a): string {
            if (isset($this->cache[$a])) { $this->hits++; return $this->cache[$a]; }
            return $this->cache[$a] = sprintf('%s(%s) %s v%d', $a->id, $a->owner, Money::fmt($a->balance), $a->version());
        }
        public function cached(): int { return count($this->cache); }
    }
}

namespace {
    use Bank\{Account, EventStore, Repository, BalanceProjection, TypedCollection, DomainError};
    $store = new EventStore();
    $proj = new BalanceProjection();
    $store->subscribe($proj);
    $store->subscribe(fn($e) => $e instanceof Bank\Events\Frozen && print("ALERT: {$e->accountId} frozen ({$e->reason})\n"));
    $repo = new Repository($store);
    $accounts = new TypedCollection(Account::class);
    foreach (['A1' => 'ada', 'B2' => 'bob', 'C3' => 'cy'] as $id => $owner) { $accounts[$id] = Account::open($id, $owner); }
    $ops = [['A1', 'deposit', 10000], ['B2', 'deposit', 2550], ['A1', 'withdraw', 2500], ['B2', 'withdraw', 9999], ['C3', 'deposit', -5], ['C3', 'deposit', 1], ['B2', 'freeze', 'audit'], ['B2', 'deposit', 100], ['A1', 'explode', 1]];
    foreach ($ops as [$id, $op, $arg]) {
        try { $accounts[$id]->$op($arg); echo "ok   $id $op ", is_int($arg) ? Bank\Money::fmt($arg) : $arg, "\n"; }
        catch (DomainError $e) { echo "deny $id: {$e->getMessage()} [{$e->getCode()}]\n"; }
        catch (\InvalidArgumentException $e) { echo "bad  $id: ", $e->getMessage(), "\n"; }
        catch (\Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
    }
    foreach ($accounts as $a) $repo->save($a);
    echo implode("\n", $proj->log), "\n", json_encode($proj->balances), "\n";
    $a1 = $repo->get('A1'); $a1->note = 'vip';
    echo $repo->describe($a1), ' | ', $repo->describe($a1), ' | hits=', $repo->hits, ' cached=', $repo->cached(), "\n";
    var_dump(isset($a1->note), isset($a1->balance), isset($a1->nothing), $a1->note); unset($a1->note); var_dump(isset($a1->note));
    try { $a1->balance = 5; } catch (LogicException $e) { echo $e->getMessage(), "\n"; }
    $x = $a1->missing; var_dump($x);
    unset($a1); echo 'cached after unset=', $repo->cached(), "\n";
    try { $a = $repo->get('A1'); $a->deposit(1); $stale = $repo->get('A1'); $stale->deposit(2); $repo->save($a); $repo->save($stale); } catch (RuntimeException $e) { echo $e->getMessage(), "\n"; }
    echo json_encode(iterator_to_array($store->all()), JSON_PRETTY_PRINT), "\n";
    try { $accounts[] = new stdClass; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
    try { $accounts['ZZ']; } catch (OutOfBoundsException $e) { echo $e->getMessage(), "\n"; }
    echo count($accounts), ' ', count($accounts->filter(fn(Account $a) => $a->balance > 0)), ' ', implode(',', $accounts->map(fn($a) => $a->owner)), "\n";
    $peek = fn() => [$this->balance, $this->frozen]; 
    echo json_encode(Closure::bind($peek, $accounts['B2'], Account::class)()), ' ', json_encode($peek->call($accounts['A1'])), "\n";
    $getter = function (string $p) { return $this->$p; };
    echo $getter->bindTo($accounts['C3'], Account::class)('owner'), ' ', (fn() => static::class)->call($accounts['C3']), "\n";
    echo Account::replay([])->version(), ' ', get_class(Account::replay($store->load('C3'))), "\n";
    try { Account::replay([new Bank\Events\Deposited('Q', 1), new stdClass]); } catch (TypeError $e) { echo preg_replace('/, called in.*/', '', $e->getMessage()), "\n"; }
}

--EXPECTF--
ok   A1 deposit 100.00
ok   B2 deposit 25.50
ok   A1 withdraw 25.00
deny B2: Account B2: insufficient funds (25.50 < 99.99) [402]
bad  C3: Deposit must be positive, got -5
ok   C3 deposit 0.01
ok   B2 freeze audit
deny B2: Account B2 is frozen: audit [423]
Error: Call to undefined method Bank\Account::explode()
ALERT: B2 frozen (audit)
001 Opened    A1
004 Deposited A1
006 Withdrawn A1
002 Opened    B2
005 Deposited B2
008 Frozen    B2
003 Opened    C3
007 Deposited C3
{"A1":7500,"B2":2550,"C3":1}
A1(ada) 75.00 v3 | A1(ada) 75.00 v3 | hits=1 cached=1
bool(true)
bool(true)
bool(false)
string(3) "vip"
bool(false)
balance is read-only

Notice: Undefined property missing in %s/tests/php/programs/events.php on line 72
bool(true)
cached after unset=0
Concurrency conflict on A1: expected v3, at v4
{
    "1": {
        "type": "Opened",
        "seqNo": 1,
        "accountId": "A1",
        "owner": "ada",
        "currency": "EUR"
    },
    "4": {
        "type": "Deposited",
        "seqNo": 4,
        "accountId": "A1",
        "amount": 10000
    },
    "6": {
        "type": "Withdrawn",
        "seqNo": 6,
        "accountId": "A1",
        "amount": 2500
    },
    "9": {
        "type": "Deposited",
        "seqNo": 9,
        "accountId": "A1",
        "amount": 1
    },
    "2": {
        "type": "Opened",
        "seqNo": 2,
        "accountId": "B2",
        "owner": "bob",
        "currency": "EUR"
    },
    "5": {
        "type": "Deposited",
        "seqNo": 5,
        "accountId": "B2",
        "amount": 2550
    },
    "8": {
        "type": "Frozen",
        "seqNo": 8,
        "accountId": "B2",
        "reason": "audit"
    },
    "3": {
        "type": "Opened",
        "seqNo": 3,
        "accountId": "C3",
        "owner": "cy",
        "currency": "EUR"
    },
    "7": {
        "type": "Deposited",
        "seqNo": 7,
        "accountId": "C3",
        "amount": 1
    }
}
Expected Bank\Account, got stdClass
No item at ZZ
3 3 ada,bob,cy
[2550,"audit"] [7500,null]
cy Bank\Account
0 Bank\Account
Bank\Aggregate::apply(): Argument #1 ($e) must be of type Bank\Events\Event, stdClass given
