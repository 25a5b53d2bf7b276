--TEST--
program: cron scheduler: cron expressions, next runs across DST with DateTimeImmutable, SplPriorityQueue ordering
--FILE--
<?php
// Cron-like scheduler: cron expression parsing, next-run computation with DateTimeImmutable, SplPriorityQueue ordering, job history
final class CronExpr {
    private const RANGES = ['minute' => [0, 59], 'hour' => [0, 23], 'dom' => [1, 31], 'month' => [1, 12], 'dow' => [0, 6]];
    private const ALIASES = ['@hourly' => '0 * * * *', '@daily' => '0 0 * * *', '@weekly' => '0 0 * * 0', '@monthly' => '0 0 1 * *', '@yearly' => '0 0 1 1 *'];
    private const NAMES = ['jan' => 1, 'feb' => 2, 'mar' => 3, 'apr' => 4, 'may' => 5, 'jun' => 6, 'jul' => 7, 'aug' => 8, 'sep' => 9, 'oct' => 10, 'nov' => 11, 'dec' => 12, 'sun' => 0, 'mon' => 1, 'tue' => 2, 'wed' => 3, 'thu' => 4, 'fri' => 5, 'sat' => 6];
    /** @var array<string, int[]> */
    public readonly array $sets;
    public function __construct(public readonly string $source) {
        $expr = self::ALIASES[strtolower(trim($source))] ?? $source;
        $parts = preg_split('/\s+/', trim($expr));
        if (count($parts) !== 5) throw new InvalidArgumentException(sprintf('Expected 5 fields in "%s", got %d', $source, count($parts)));
        $sets = [];
        foreach (array_keys(self::RANGES) as $i => $name) $sets[$name] = $this->field($parts[$i], $name);
        $this->sets = $sets;
    }
    private function field(string $f, string $name): array {
        [$lo, $hi] = self::RANGES[$name];
        $out = [];
        foreach (explode(',', strtolower($f)) as $part) {
            if (!preg_match('~^(\*|[a-z0-9]+)(?:-([a-z0-9]+))?(?:/(\d+))?$~', $part, $m)) throw new InvalidArgumentException("Bad $name field '$part'");
            $num = fn(string $s) => ctype_digit($s) ? (int)$s : (self::NAMES[$s] ?? throw new InvalidArgumentException("Unknown name '$s' in $name"));
            $start = $m[1] === '*' ? $lo : $num($m[1]);
            $end = isset($m[2]) && $m[2] !== '' ? $num($m[2]) : ($m[1] === '*' || isset($m[3]) ? $hi : $start);
            $step = isset($m[3]) ? (int)$m[3] : 1;
            if ($name === 'dow' && $end === 7) $end = 6;
            if ($start < $lo || $end > $hi || $start > $end || $step < 1) throw new RangeException("Out of range in $name: '$part' (allowed $lo-$hi)");
            for ($v = $start; $v <= $end; $v += $step) $out[$v] = $v;
        }
        ksort($out);
        return array_values($out);
    }
    public function matches(DateTimeInterface $t): bool {
        [$mi, $h, $d, $mo, $w] = array_map('intval', explode(' ', $t->format('i G j n w')));
        $domAny = count($this->sets['dom']) === 31; $dowAny = count($this->sets['dow']) === 7;
        $dayOk = ($domAny || $dowAny) ? in_array($d, $this->sets['dom'], true) && in_array($w, $this->sets['dow'], true) : in_array($d, $this->sets['dom'], true) || in_array($w, $this->sets['dow'], true);
        return in_array($mi, $this->sets['minute'], true) && in_array($h, $this->sets['hour'], true) && in_array($mo, $this->sets['month'], true) && $dayOk;
    }
    public function next(DateTimeImmutable $from): DateTimeImmutable {
        $t = $from->setTime((int)$from->format('G'), (int)$from->format('i'))->modify('+1 minute');
        for ($guard = 0; $guard < 600000; $guard++) {
            if (!in_array((int)$t->format('n'), $this->sets['month'], true)) { $t = $t->modify('first day of next month midnight'); continue; }
            if (!$this->matches($t->setTime((int)$t->format('G'), $this->sets['minute'][0])) && !in_array((int)$t->format('G'), $this->sets['hour'], true)) { $t = $t->modify('+1 hour')->setTime((int)$t->modify('+1 hour')->format('G'), 0); continue; }
            if ($this->matches($t)) return $t;
            $t = $t->modify('+1 minute');
        }
        throw new RuntimeException("No run time found for {$this->source}");
    }
    public function describe(): string {
        return implode(' | ', array_map(fn($k, $v) => $k . '=' . (count($v) > 6 ? $v[0] . '..' . end($v) . '(' . count($v) . ')' : implode(',', $v)), array_keys($this->sets), $this->sets));
    }
}
final class Job { public array $runs = []; public function __construct(public readonly string $name, public readonly CronExpr $cron, public readonly int $priority = 0) {} }
final class Scheduler {
    private SplPriorityQueue $queue; private int $serial = PHP_INT_MAX;
    public function __construct(private DateTimeImmutable $now) { $this->queue = new SplPriorityQueue(); $this->queue->setExtractFlags(SplPriorityQueue::EXTR_DATA); }
    public function add(Job $j): void { $this->push($j, $j->cron->next($this->now)); }
    private function push(Job $j, DateTimeImmutable $at): void { $this->queue->insert([$j, $at], [-$at->getTimestamp(), $j->priority, $this->serial--]); }
    public function runUntil(DateTimeImmutable $end, callable $onRun): int {
        $n = 0;
        while (!$this->queue->isEmpty()) {
            [$job, $at] = $this->queue->top();
            if ($at > $end) break;
            $this->queue->extract();
            $onRun($job, $at); $job->runs[] = $at; $n++;
            $this->push($job, $job->cron->next($at));
        }
        return $n;
    }
}
date_default_timezone_set('Europe/Berlin');
$start = new DateTimeImmutable('2024-03-29 22:58:00');
foreach (['*/15 9-17 * * mon-fri', '@daily', '30 2 * * *', '0 0 1,15 * *', '5 4 * * sun', '0 12 * jan,jul *', '0 0 29 2 *', '*/20 * * * *'] as $e) {
    $c = new CronExpr($e);
    $t = $start; $next = [];
    for ($i = 0; $i < 3; $i++) { $t = $c->next($t); $next[] = $t->format('D m-d H:i T'); }
    printf("%-22s %s\n  %s\n", $e, implode(', ', $next), $c->describe());
}
foreach (['* * *', '61 * * * *', '*/0 * * * *', '0 0 * foo *', '5-1 * * * *', '1,2,x * * * *'] as $bad) {
    try { new CronExpr($bad); echo "accepted $bad\n"; } catch (InvalidArgumentException | RangeException $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
}
$s = new Scheduler($start);
$s->add(new Job('backup', new CronExpr('30 2 * * *'), 5));
$s->add(new Job('report', new CronExpr('0 0 * * *'), 1));
$s->add(new Job('ping', new CronExpr('0 */6 * * *'), 0));
$s->add(new Job('cleanup', new CronExpr('0 0 * * *'), 9));
$log = [];
$n = $s->runUntil(new DateTimeImmutable('2024-04-01 03:00'), function (Job $j, DateTimeImmutable $at) use (&$log) { $log[] = sprintf('%s %-8s', $at->format('Y-m-d H:i T'), $j->name); });
echo "$n runs\n", implode("\n", $log), "\n";
$d1 = new DateTimeImmutable('2024-03-31 01:59'); $d2 = $d1->modify('+1 minute'); echo $d2->format('c'), ' ', ($d2->getTimestamp() - $d1->getTimestamp()) / 60, " min\n";

--EXPECT--
*/15 9-17 * * mon-fri  Mon 04-01 09:00 CEST, Mon 04-01 09:15 CEST, Mon 04-01 09:30 CEST
  minute=0,15,30,45 | hour=9..17(9) | dom=1..31(31) | month=1..12(12) | dow=1,2,3,4,5
@daily                 Sat 03-30 00:00 CET, Sun 03-31 00:00 CET, Mon 04-01 00:00 CEST
  minute=0 | hour=0 | dom=1..31(31) | month=1..12(12) | dow=0..6(7)
30 2 * * *             Sat 03-30 02:30 CET, Mon 04-01 02:30 CEST, Tue 04-02 02:30 CEST
  minute=30 | hour=2 | dom=1..31(31) | month=1..12(12) | dow=0..6(7)
0 0 1,15 * *           Mon 04-01 00:00 CEST, Mon 04-15 00:00 CEST, Wed 05-01 00:00 CEST
  minute=0 | hour=0 | dom=1,15 | month=1..12(12) | dow=0..6(7)
5 4 * * sun            Sun 03-31 04:05 CEST, Sun 04-07 04:05 CEST, Sun 04-14 04:05 CEST
  minute=5 | hour=4 | dom=1..31(31) | month=1..12(12) | dow=0
0 12 * jan,jul *       Mon 07-01 12:00 CEST, Tue 07-02 12:00 CEST, Wed 07-03 12:00 CEST
  minute=0 | hour=12 | dom=1..31(31) | month=1,7 | dow=0..6(7)
0 0 29 2 *             Tue 02-29 00:00 CET, Sun 02-29 00:00 CET, Fri 02-29 00:00 CET
  minute=0 | hour=0 | dom=29 | month=2 | dow=0..6(7)
*/20 * * * *           Fri 03-29 23:00 CET, Fri 03-29 23:20 CET, Fri 03-29 23:40 CET
  minute=0,20,40 | hour=0..23(24) | dom=1..31(31) | month=1..12(12) | dow=0..6(7)
InvalidArgumentException: Expected 5 fields in "* * *", got 3
RangeException: Out of range in minute: '61' (allowed 0-59)
RangeException: Out of range in minute: '*/0' (allowed 0-59)
InvalidArgumentException: Unknown name 'foo' in month
RangeException: Out of range in minute: '5-1' (allowed 0-59)
InvalidArgumentException: Unknown name 'x' in minute
17 runs
2024-03-30 00:00 CET cleanup 
2024-03-30 00:00 CET report  
2024-03-30 00:00 CET ping    
2024-03-30 02:30 CET backup  
2024-03-30 06:00 CET ping    
2024-03-30 12:00 CET ping    
2024-03-30 18:00 CET ping    
2024-03-31 00:00 CET cleanup 
2024-03-31 00:00 CET report  
2024-03-31 00:00 CET ping    
2024-03-31 06:00 CEST ping    
2024-03-31 12:00 CEST ping    
2024-03-31 18:00 CEST ping    
2024-04-01 00:00 CEST cleanup 
2024-04-01 00:00 CEST report  
2024-04-01 00:00 CEST ping    
2024-04-01 02:30 CEST backup  
2024-03-31T03:00:00+02:00 1 min
