package app.zonereader.ingest;

import app.zonereader.model.KeyFigure;
import app.zonereader.model.KeyFigureKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class KeyFigureExtractorTest {
    private static final KeyFigureExtractor EXTRACTOR = new KeyFigureExtractor();

    private static KeyFigure only(String text) {
        List<KeyFigure> figures = EXTRACTOR.extract(text);
        assertEquals(1, figures.size(), figures.toString());
        return figures.get(0);
    }

    @Test
    void amountsAreNormalisedToYuan() {
        KeyFigure figure = only("项目总投资43825 万元。");
        assertEquals(KeyFigureKind.AMOUNT, figure.kind());
        assertEquals("43825 万元", figure.text());
        assertEquals(4.3825e8, figure.value(), 1);
        assertEquals("万元", figure.unit());
        assertEquals(5e8, only("总投资5亿元项目落地").value(), 1);
        assertEquals(1.2e10, only("营收超120多亿元").value(), 1);
        assertEquals(3500, only("补贴3,500元").value(), 1e-6);
    }

    @Test
    void percentsAndPercentagePoints() {
        KeyFigure share = only("增长12.5%");
        assertEquals(KeyFigureKind.PERCENT, share.kind());
        assertEquals(12.5, share.value(), 1e-9);
        assertEquals("%", share.unit());
        assertEquals(90, only("占比达９０％").value(), 1e-9);
        KeyFigure points = only("提高3.27个百分点");
        assertEquals(KeyFigureKind.PERCENT, points.kind());
        assertEquals("个百分点", points.unit());
    }

    @Test
    void countsWithMultipliersAndApproximations() {
        KeyFigure people = only("带动就业5.3万余人");
        assertEquals(KeyFigureKind.COUNT, people.kind());
        assertEquals(53000, people.value(), 1e-6);
        assertEquals("人", people.unit());
        assertEquals("5.3万余人", people.text());
        KeyFigure firms = only("集聚企业105家");
        assertEquals(105, firms.value(), 1e-9);
        assertEquals("家", firms.unit());
        assertEquals(List.of("所", "项", "名", "笔"), EXTRACTOR.extract("17所院校，20项专利，30名学生，1000笔贷款")
                .stream().map(KeyFigure::unit).toList());
    }

    @Test
    void ordinalsAreNotCounts() {
        assertEquals(List.of(), EXTRACTOR.extract("第三批、第8个基地"));
        assertEquals(List.of(), EXTRACTOR.extract("用时3个月"));
    }

    @Test
    void datesAsYyyymmddWithMissingPartsZero() {
        List<KeyFigure> figures = EXTRACTOR.extract("2021年11月印发，11月27日召开，2019年7月起，2023年5月12日签约。");
        assertEquals(List.of(20211100.0, 1127.0, 20190700.0, 20230512.0), figures.stream().map(KeyFigure::value).toList());
        figures.forEach(f -> assertEquals(KeyFigureKind.DATE, f.kind()));
        assertEquals("年月日", figures.get(0).unit());
        assertEquals(List.of(), EXTRACTOR.extract("13月45日"));
    }

    @Test
    void eachFigureCarriesItsSentence() {
        List<KeyFigure> figures = EXTRACTOR.extract("近日，项目签约。总投资5亿元，用地100亩！年产值预计达20亿元；带动就业300人\n另起一段");
        assertEquals("总投资5亿元，用地100亩！", figures.get(0).sentence());
        assertEquals("年产值预计达20亿元；", figures.get(1).sentence());
        assertEquals("带动就业300人", figures.get(2).sentence());
    }

    @Test
    void aClosingQuoteStaysWithTheSentenceItCloses() {
        List<KeyFigure> figures = EXTRACTOR.extract("“入住学生7.6万人。”张朝国说，新建院校7所。");
        assertEquals("“入住学生7.6万人。”", figures.get(0).sentence());
        assertEquals("张朝国说，新建院校7所。", figures.get(1).sentence());
    }

    @Test
    void traditionalAndFullWidthFiguresKeepTheirPrintedText() {
        KeyFigure figure = only("投資１．５億元");
        assertEquals("１．５億元", figure.text());
        assertEquals(1.5e8, figure.value(), 1);
        assertEquals("亿元", figure.unit());
    }

    @Test
    void textWithoutFiguresGivesNone() {
        assertEquals(List.of(), EXTRACTOR.extract("企业办事更方便了。"));
        assertEquals(List.of(), EXTRACTOR.extract(""));
    }

    @Test
    void everyMeasureWordCountsAfterSpacesAndApproximations() {
        for (String unit : List.of("人次", "家次", "家", "个", "项", "所", "名", "人", "笔", "款", "台", "套", "件", "位", "次", "场",
                "批", "条", "户", "座", "栋", "处", "支", "届", "种", "类")) {
            assertEquals(unit, only("新增3 " + unit + "。").unit());
            assertEquals(unit, only("新增1,200余" + unit + "。").unit());
        }
    }
}
