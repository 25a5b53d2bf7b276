--TEST--
program: bank ledger (interfaces, abstract/readonly/static members, exceptions with finally, JsonSerializable, uncaught exception at the end)
--FILE--
<?php
declare(strict_types=1);

interface Account
{
    public function deposit(float $amount): void;
    public function withdraw(float $amount): void;
    public function balance(): float;
}

class InsufficientFunds extends RuntimeException
{
    public function __construct(public readonly string $owner, float $needed)
    {
        parent::__construct(sprintf("%s needs %.2f more", $owner, $needed), 42);
    }
}

class InvalidAmount extends InvalidArgumentException {}

abstract class BaseAccount implements Account, JsonSerializable
{
    protected float $balance = 0.0;
    protected array $history = [];
    private static int $nextId = 1;
    public readonly int $id;

    public function __construct(protected string $owner)
    {
        $this->id = self::$nextId++;
    }

    public function deposit(float $amount): void
    {
        $this->check($amount);
        $this->balance += $amount;
        $this->history[] = ['dep', $amount];
    }

    public function withdraw(float $amount): void
    {
        $this->check($amount);
        if ($amount > $this->limit()) {
            throw new InsufficientFunds($this->owner, $amount - $this->limit());
        }
        $this->balance -= $amount;
        $this->history[] = ['wd', $amount];
    }

    private function check(float $amount): void
    {
        if ($amount <= 0) {
            throw new InvalidAmount("Amount must be positive, got $amount");
        }
    }

    abstract protected function limit(): float;

    public function balance(): float { return $this->balance; }

    public function jsonSerialize(): mixed
    {
        return ['id' => $this->id, 'type' => static::class, 'owner' => $this->owner,
                'balance' => round($this->balance, 2), 'ops' => count($this->history)];
    }

    public function __toString(): string
    {
        return sprintf("#%03d %-8s %-15s %10s", $this->id, $this->owner, static::class,
            number_format($this->balance, 2, ',', '.'));
    }
}

class Checking extends BaseAccount
{
    public function __construct(string $owner, private float $overdraft = 100.0)
    {
        parent::__construct($owner);
    }
    protected function limit(): float { return $this->balance + $this->overdraft; }
}

final class Savings extends BaseAccount
{
    public const RATE = 0.025;
    protected function limit(): float { return $this->balance; }
    public function addInterest(int $months): float
    {
        $interest = $this->balance * ((1 + self::RATE / 12) ** $months - 1);
        $this->deposit($interest);
        return $interest;
    }
}

class Bank implements Countable, IteratorAggregate
{
    /** @var Account[] */
    private array $accounts = [];

    public function open(BaseAccount $a): static
    {
        $this->accounts[$a->id] = $a;
        return $this;
    }

    public function transfer(int $from, int $to, float $amount): bool
    {
        try {
            $this->accounts[$from]->withdraw($amount);
            $this->accounts[$to]->deposit($amount);
            return true;
        } catch (InsufficientFunds $e) {
            echo "Transfer failed: ", $e->getMessage(), " (code ", $e->getCode(), ")\n";
            return false;
        } finally {
            echo "  [audit] transfer $from -> $to of $amount\n";
        }
    }

    public function count(): int { return count($this->accounts); }

    public function getIterator(): Iterator { return new ArrayIterator($this->accounts); }

    public function total(): float
    {
        return array_reduce($this->accounts, fn($c, Account $a) => $c + $a->balance(), 0.0);
    }
}

$bank = new Bank();
$bank->open(new Checking('alice'))->open(new Savings('bob'))->open(new Checking('carol', 500));
foreach ($bank as $id => $acct) {
    $acct->deposit(100.0 * $id + 0.5);
}
$bank->transfer(1, 2, 50.25);
$bank->transfer(2, 3, 1000.0);
$bank->transfer(3, 1, 700.0);
try {
    $bank->transfer(1, 2, -5.0);
} catch (InvalidArgumentException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
foreach ($bank as $acct) {
    echo $acct, "\n";
}
$interest = null;
foreach ($bank as $acct) {
    if ($acct instanceof Savings) {
        $interest = $acct->addInterest(12);
    }
}
printf("Interest: %.6f\n", $interest);
printf("Accounts: %d, total %.2f\n", count($bank), $bank->total());
echo json_encode(iterator_to_array($bank), JSON_PRETTY_PRINT), "\n";
echo json_encode(array_values(iterator_to_array($bank))), "\n";
try {
    $s = new Savings('dave');
    $s->id = 99;
} catch (Error $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
try {
    (new Checking('eve'))->deposit("12");
} catch (TypeError $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
$e = new InsufficientFunds('zed', 1.005);
var_dump($e->owner, $e->getMessage(), $e->getLine(), $e instanceof RuntimeException);
$bank->transfer(2, 1, 1e6);
throw new InsufficientFunds('final', 3.14159);
--EXPECTF--
[audit] transfer 1 -> 2 of 50.25
Transfer failed: bob needs 749.25 more (code 42)
  [audit] transfer 2 -> 3 of 1000
  [audit] transfer 3 -> 1 of 700
  [audit] transfer 1 -> 2 of -5
InvalidAmount: Amount must be positive, got -5
#001 alice    Checking            750,25
#002 bob      Savings             250,75
#003 carol    Checking           -399,50
Interest: 6.341081
Accounts: 3, total 607.84
{
    "1": {
        "id": 1,
        "type": "Checking",
        "owner": "alice",
        "balance": 750.25,
        "ops": 3
    },
    "2": {
        "id": 2,
        "type": "Savings",
        "owner": "bob",
        "balance": 257.09,
        "ops": 3
    },
    "3": {
        "id": 3,
        "type": "Checking",
        "owner": "carol",
        "balance": -399.5,
        "ops": 2
    }
}
[{"id":1,"type":"Checking","owner":"alice","balance":750.25,"ops":3},{"id":2,"type":"Savings","owner":"bob","balance":257.09,"ops":3},{"id":3,"type":"Checking","owner":"carol","balance":-399.5,"ops":2}]
Error: Cannot modify readonly property BaseAccount::$id
TypeError: BaseAccount::deposit(): Argument #1 ($amount) must be of type float, string given, called in %s/tests/php/programs/bank.php on line 163
string(3) "zed"
string(19) "zed needs 1.00 more"
int(167)
bool(true)
Transfer failed: bob needs 999742.91 more (code 42)
  [audit] transfer 2 -> 1 of 1000000

Fatal error: Uncaught InsufficientFunds: final needs 3.14 more in %s/tests/php/programs/bank.php:170
Stack trace:
#0 {main}
  thrown in %s/tests/php/programs/bank.php on line 170
