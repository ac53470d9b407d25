def log = new File(basedir, 'build.log').text
// the same ExpoLU runs: against PyTorch's ExpoLU runs they agree, against its ReLU runs they do not
assert log =~ /agree: finalLoss agrees between expolu and its reference \(PyTorch ExpoLU, 5 runs\): p = [0-9.e-]+ > 0\.05 two-sided, no evidence of a difference \(Mann-Whitney U = [0-9.]+ of 25, exact; medians [0-9.e-]+ and 0\.115; the smallest p these runs allow: 7\.94e-3\)/
assert log.contains('Agreements with reference runs not shown:')
assert log =~ /finalLoss differs between wrong-files and its reference \(PyTorch ReLU, 5 runs\): p = [0-9.e-]+ two-sided, but expected p > 0\.05 for no evidence of a difference \(Mann-Whitney U = [0-9.]+ of 25, exact; medians [0-9.e-]+ and 1\.12e-6\)/
def failure = log.substring(log.indexOf('Agreements with reference runs not shown:'))
assert !failure.contains('between expolu and its reference')
assert log =~ /reference +5 +1\.12e-6 +6\.18e-8 +1\.56e-3 +- +PyTorch ReLU, 5 runs/
assert log.contains('BUILD FAILURE')
def xml = new groovy.xml.XmlSlurper().parse(new File(basedir, 'target/expolu-reports/TEST-expolu.ported.xml'))
assert xml.@failures == '1'
def wrong = xml.testcase.find { it.@name == 'agree: finalLoss of wrong-files and its reference (mannWhitney)' }
assert wrong.failure.@type == 'expolu.AgreementNotShown'
assert wrong.failure.@message.text().startsWith('finalLoss differs between wrong-files and its reference')
def right = xml.testcase.find { it.@name == 'agree: finalLoss of expolu and its reference (mannWhitney)' }
assert right.failure.size() == 0
def html = new File(basedir, 'target/expolu-reports/index.html').text
assert (html =~ /<path class="reference"/).count == 10
return true
