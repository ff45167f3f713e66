/**
 * Domain terms jieba's default dictionary splits but the taxonomy treats as one concept
 * (固态电解质, 钙钛矿 …): part of the segmenter's user dictionary beside the taxonomy's
 * field names and keywords. Changing this list changes the segmenter's fingerprint: the next
 * boot cuts the embedded engine's stored documents again.
 */
export const DOMAIN_TERMS: readonly string[] = [
  '固态电解质', '硫化物电解质', '氧化物电解质', '聚合物电解质', '锂金属负极', '钙钛矿', '叠层电池', '电解水制氢', '质子交换膜',
  '碳化硅', '氮化镓', '功率半导体', '大模型', '数字孪生', '边缘计算', '预测性维护', '水声通信', '低轨卫星', '相控阵天线',
  '脑机接口', '脑电信号', '基因编辑', '细胞治疗', '干细胞', '合成生物', '酶工程', '褐藻多糖', '岩藻多糖', '海藻酸钠',
  '胶原蛋白', '反渗透膜', '浓盐水', '水下滑翔机', '漂浮式风机', '深远海养殖', '智能网箱', '养殖工船', '转向架', '变频压缩机',
  '数控机床', '工业母机', '伺服系统', '协作机器人', '人形机器人', '谐波减速器', '碳纤维', '石墨烯', '电驱动', '电池管理系统',
  '无人机', '飞控系统', '量子点', '量子计算', '量子通信', '量子传感', '催化剂', '碳捕集', '冷链保鲜', '发酵工艺',
];
