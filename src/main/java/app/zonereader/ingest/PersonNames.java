package app.zonereader.ingest;

import java.util.Set;

/**
 * Decides whether a short Han token can be a reporter's name. Bylines in these papers are bare names ("谢彦波",
 * "闫丽君 李冠英"), so the test is structural: 2–4 Han characters starting with a common surname (single or compound).
 * The surname table is data (the ~300 most frequent surnames cover nearly all bylines), not a list of sample names.
 */
final class PersonNames {
    private static final String SINGLE_SURNAMES =
            "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由傅贝钮俸凤莘";
    private static final Set<String> COMPOUND_SURNAMES = Set.of("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟",
            "公孙", "慕容", "令狐", "长孙", "宇文", "司徒", "夏侯", "轩辕", "端木", "独孤", "南宫", "西门", "百里", "呼延");

    private PersonNames() {
    }

    static boolean hasCompoundSurname(String token) {
        return token.length() >= 3 && COMPOUND_SURNAMES.contains(token.substring(0, 2));
    }

    static boolean isPlausibleName(String token) {
        int length = token.length();
        if (length < 2 || length > 4) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (!TextShape.isHan(token.charAt(i))) {
                return false;
            }
        }
        if (length >= 3 && COMPOUND_SURNAMES.contains(token.substring(0, 2))) {
            return true;
        }
        return SINGLE_SURNAMES.indexOf(token.charAt(0)) >= 0;
    }
}
