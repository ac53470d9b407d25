def log = new File(basedir, 'build.log').text
assert log.contains('Sweep grid: 2 x 2 cells (model.layers x model.width) x 2 variant(s), 24 runs, trained cell by cell')
assert log.contains('Cell grid/layers-3_width-8: 6 of 6 runs done (6 trained, 0 cached); 1 of 4 cells of grid done')
assert log.contains('Cell grid/layers-4_width-12: 6 of 6 runs done (6 trained, 0 cached); 4 of 4 cells of grid done')
assert log.contains('across: expolu: roundsTo(1e-30) >= 10, in every cell where model.layers >= 4: shown in 2 of 2 cells')
assert log.contains('across: expolu reaches loss <= 1000 at least as often as relu, in at least 3 cells: shown in 4 of 4 cells')
assert log.contains('BUILD SUCCESS')
def record = new File(basedir, 'target/expolu/grid/layers-4_width-12/relu/seed-3.json')
assert record.isFile()
def json = new groovy.json.JsonSlurper().parse(record)
assert json.variant == 'relu' && json.cell.name == 'layers-4_width-12'
assert json.cell.values['model.layers'] == 4 && json.cell.values['model.width'] == 12
assert json.setup.layers == 4 && json.setup.width == 12
def xml = new groovy.xml.XmlSlurper().parse(new File(basedir, 'target/expolu-reports/TEST-expolu.grid.xml'))
assert xml.@failures == '0'
assert xml.testcase.findAll { it.@name.text().startsWith('across: ') }.size() == 2
assert xml.testcase.find { it.@name == 'layers-3_width-8/expolu' } != null
def html = new File(basedir, 'target/expolu-reports/index.html').text
assert (html =~ /<rect class="heat-cell/).count == 3 * 4   // expolu, relu, and their difference
assert html.contains('Phase diagram: the share of seeds that reached loss &lt;= 1000')
return true
