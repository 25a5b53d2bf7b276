--TEST--
program: seeded dice game (Random\Randomizer over Mt19937: shuffleArray, getInt, pickArrayKeys, getBytes, shuffleBytes; mt_srand/shuffle/array_rand/str_shuffle/srand sequences; Secure engine in range)
--FILE--
<?php
declare(strict_types=1);

use Random\Engine\Mt19937;
use Random\Randomizer;

final class Player
{
    public int $score = 0;
    public array $rolls = [];
    public function __construct(public readonly string $name) {}
}

final class Game
{
    private Randomizer $rng;
    /** @var Player[] */
    private array $players;

    public function __construct(int $seed, string ...$names)
    {
        $this->rng = new Randomizer(new Mt19937($seed));
        $this->players = array_map(fn($n) => new Player($n), $names);
    }

    public function round(int $no): void
    {
        $order = $this->rng->shuffleArray($this->players);
        echo "Round $no: ", implode(' -> ', array_map(fn(Player $p) => $p->name, $order)), "\n";
        foreach ($order as $p) {
            $dice = [$this->rng->getInt(1, 6), $this->rng->getInt(1, 6)];
            $sum = array_sum($dice);
            $bonus = $dice[0] === $dice[1] ? 5 : 0;
            $p->score += $sum + $bonus;
            $p->rolls[] = $sum;
            printf("  %-6s rolled %d+%d%s => %d\n", $p->name, $dice[0], $dice[1], $bonus ? ' (double!)' : '', $p->score);
        }
    }

    public function standings(): array
    {
        $ps = $this->players;
        usort($ps, fn(Player $a, Player $b) => [$b->score, $a->name] <=> [$a->score, $b->name]);
        return $ps;
    }

    public function draw(array $prizes): array
    {
        $keys = $this->rng->pickArrayKeys($prizes, 2);
        return array_intersect_key($prizes, array_flip($keys));
    }

    public function code(): string
    {
        return strtoupper(bin2hex($this->rng->getBytes(4))) . '-' . $this->rng->shuffleBytes('ABCDEFGH');
    }
}

$g = new Game(2024, 'Ann', 'Bob', 'Cid');
foreach (range(1, 3) as $r) {
    $g->round($r);
}
echo "Standings:\n";
foreach ($g->standings() as $i => $p) {
    printf("%d. %-5s %3d  rolls=%s avg=%.2f\n", $i + 1, $p->name, $p->score, implode(',', $p->rolls), array_sum($p->rolls) / count($p->rolls));
}
print_r($g->draw(['car' => 1, 'tv' => 2, 'book' => 3, 'pen' => 4, 'mug' => 5]));
echo 'voucher: ', $g->code(), "\n";

mt_srand(99);
$deck = range(1, 10);
shuffle($deck);
echo 'mt shuffle: ', implode(' ', $deck), ' | pick: ', json_encode(array_rand(array_flip(range('a', 'j')), 3)), ' | ', mt_rand(), ' ', mt_rand(1, 1000), ' ', rand(1, 10), "\n";
srand(5);
echo rand(), ' ', mt_getrandmax(), ' ', getrandmax(), ' ', str_shuffle('abcdef'), "\n";
$same = new Randomizer(new Mt19937(99));
echo 'randomizer(99) int: ', $same->nextInt(), ' vs mt_srand(99)+mt_rand(): ';
mt_srand(99);
echo mt_rand(), "\n";
$secure = new Randomizer();
$n = $secure->getInt(1, 6);
echo 'secure die in range: ', var_export($n >= 1 && $n <= 6, true), ', ', strlen($secure->getBytes(10)), " bytes\n";
--EXPECT--
Round 1: Bob -> Ann -> Cid
  Bob    rolled 5+3 => 8
  Ann    rolled 4+3 => 7
  Cid    rolled 5+6 => 11
Round 2: Ann -> Bob -> Cid
  Ann    rolled 6+5 => 18
  Bob    rolled 4+5 => 17
  Cid    rolled 1+3 => 15
Round 3: Bob -> Cid -> Ann
  Bob    rolled 4+5 => 26
  Cid    rolled 6+2 => 23
  Ann    rolled 1+5 => 24
Standings:
1. Bob    26  rolls=8,9,9 avg=8.67
2. Ann    24  rolls=7,11,6 avg=8.00
3. Cid    23  rolls=11,4,8 avg=7.67
Array
(
    [tv] => 2
    [mug] => 5
)
voucher: 0B0E37F6-DGHCAFBE
mt shuffle: 1 5 7 3 4 8 6 9 10 2 | pick: ["a","f","j"] | 639139455 620 10
476726705 2147483647 2147483647 dfebca
randomizer(99) int: 1443707200 vs mt_srand(99)+mt_rand(): 1443707200
secure die in range: true, 10 bytes
