package vn.langnghe.market.places;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A craft village (làng nghề) in its current commune, remembering the commune it was in. */
@Entity
@jakarta.persistence.Cacheable
@Table(name = "craft_village")
public class CraftVillage {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String slug;
  private String name;
  private String craft;

  @Column(name = "craft_en")
  private String craftEn;

  @ManyToOne
  @JoinColumn(name = "commune_id")
  private AdministrativeUnit commune;

  @ManyToOne
  @JoinColumn(name = "former_commune_id")
  private AdministrativeUnit formerCommune;

  private String story;

  /** The same sourced facts in English (V29, from craft-villages.csv), for the English pages. */
  @Column(name = "story_en")
  private String storyEn;

  private String sources;

  protected CraftVillage() {}

  public Long id() {
    return id;
  }

  public String slug() {
    return slug;
  }

  public String name() {
    return name;
  }

  public String craft() {
    return craft;
  }

  public String craftEn() {
    return craftEn;
  }

  public AdministrativeUnit commune() {
    return commune;
  }

  public AdministrativeUnit formerCommune() {
    return formerCommune;
  }

  public String story() {
    return story;
  }

  public String storyEn() {
    return storyEn;
  }

  public String sources() {
    return sources;
  }
}
